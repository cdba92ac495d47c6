package club.lasertag.crm.telegram.staff;

import club.lasertag.crm.domain.common.InvalidInput;
import club.lasertag.crm.domain.common.Text;
import club.lasertag.crm.chat.dialog.DialogState;
import club.lasertag.crm.domain.port.in.ManageStaff;
import club.lasertag.crm.domain.staff.Role;
import club.lasertag.crm.domain.staff.StaffId;
import club.lasertag.crm.domain.staff.StaffMember;
import club.lasertag.crm.telegram.chat.Button;
import club.lasertag.crm.telegram.chat.FlowStep;
import club.lasertag.crm.telegram.chat.Html;
import club.lasertag.crm.telegram.chat.Screen;
import club.lasertag.crm.telegram.chat.Turn;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Adding a staff member: their Telegram id, their name (optional), then a role by button. */
final class AddMember {

    /** Answer keys in the dialog state. */
    private static final String ID = "id";
    private static final String NAME = "name";

    private final ManageStaff staff;
    private final StaffFeature feature;

    AddMember(ManageStaff staff, StaffFeature feature) {
        this.staff = staff;
        this.feature = feature;
    }

    void start(Turn turn) {
        askId(turn, "");
    }

    void onText(Turn turn, DialogState state, String text) {
        Optional<StaffFlow.Step> step = FlowStep.ofCode(StaffFlow.Step.class, state.step());
        if (step.equals(Optional.of(StaffFlow.Step.ID))) {
            answerId(turn, text);
        } else if (step.equals(Optional.of(StaffFlow.Step.NAME))) {
            answerName(turn, state, text);
        } else {
            askRoleAgain(turn, state);
        }
    }

    void skipName(Turn turn) {
        turn.dialogAt(StaffFlow.ADD, StaffFlow.Step.NAME).ifPresentOrElse(state -> answerName(turn, state, ""), () -> StaffFeature.stale(turn));
    }

    void chooseRole(Turn turn, Role role) {
        Optional<DialogState> state = turn.dialogAt(StaffFlow.ADD, StaffFlow.Step.ROLE).filter(AddMember::hasId);
        if (state.isEmpty()) {
            StaffFeature.stale(turn);
            return;
        }
        long id = Long.parseLong(state.get().answers().get(ID));
        StaffMember member = new StaffMember(new StaffId(id), state.get().answers().getOrDefault(NAME, ""), role);
        turn.endDialog();
        if (feature.refused(turn, staff.save(member, turn.actor()), id)) {
            return;
        }
        feature.list(turn, turn.t("staff.added", Html.escape(StaffFeature.nameOf(turn, member)), String.valueOf(id),
                StaffFeature.roleName(turn, role)));
    }

    void cancel(Turn turn) {
        if (turn.dialogIn(StaffFlow.ADD).isPresent()) {
            turn.endDialog();
        }
        turn.replies().show(Screen.of(turn.t("staff.cancelled")));
    }

    private void answerId(Turn turn, String text) {
        String digits = text.strip();
        if (!digits.matches("\\d{1,18}") || Long.parseLong(digits) == 0) {
            askId(turn, turn.texts().invalid(new InvalidInput("telegramId", InvalidInput.Problem.NOT_A_NUMBER, digits)));
            return;
        }
        Map<String, String> answers = Map.of(ID, String.valueOf(Long.parseLong(digits)));
        turn.ask(StaffFlow.ADD, StaffFlow.Step.NAME, answers);
        turn.replies().show(Screen.builder(turn.t("staff.ask.name", answers.get(ID)))
                .row(StaffFeature.button(turn, "staff.button.skip", new StaffAction.SkipName()), cancelButton(turn))
                .build());
    }

    private void answerName(Turn turn, DialogState state, String text) {
        String name;
        try {
            name = Text.optional("displayName", text, StaffMember.DISPLAY_NAME_MAX);
        } catch (InvalidInput problem) {
            turn.replies().show(Screen.builder(turn.texts().invalid(problem) + "\n\n"
                            + turn.t("staff.ask.name", state.answers().get(ID)))
                    .row(StaffFeature.button(turn, "staff.button.skip", new StaffAction.SkipName()), cancelButton(turn))
                    .build());
            return;
        }
        Map<String, String> answers = new HashMap<>(state.answers());
        answers.put(NAME, name);
        askRole(turn, answers, "");
    }

    /** Text typed where a role button is expected (or at a step this version does not know). */
    private void askRoleAgain(Turn turn, DialogState state) {
        if (hasId(state)) {
            askRole(turn, state.answers(), turn.t("staff.ask.roleButtons"));
        } else {
            askId(turn, "");
        }
    }

    private static boolean hasId(DialogState state) {
        return state.answers().getOrDefault(ID, "").matches("\\d{1,18}");
    }

    private void askId(Turn turn, String problem) {
        turn.ask(StaffFlow.ADD, StaffFlow.Step.ID, Map.of());
        turn.replies().show(Screen.builder((problem.isEmpty() ? "" : problem + "\n\n") + turn.t("staff.ask.id"))
                .row(cancelButton(turn))
                .build());
    }

    private void askRole(Turn turn, Map<String, String> answers, String problem) {
        turn.ask(StaffFlow.ADD, StaffFlow.Step.ROLE, answers);
        String name = answers.getOrDefault(NAME, "");
        String who = Html.escape(name.isEmpty() ? turn.t("staff.noName") : name);
        List<Button> roles = StaffFeature.ASSIGNABLE.stream()
                .map(role -> StaffFeature.button(turn, "staff.button.role." + role.code(), new StaffAction.AddWithRole(role)))
                .toList();
        turn.replies().show(Screen.builder((problem.isEmpty() ? "" : problem + "\n\n")
                        + turn.t("staff.ask.role", who, answers.get(ID)))
                .row(roles)
                .row(cancelButton(turn))
                .build());
    }

    private static Button cancelButton(Turn turn) {
        return StaffFeature.button(turn, "staff.button.cancel", new StaffAction.Cancel());
    }
}
