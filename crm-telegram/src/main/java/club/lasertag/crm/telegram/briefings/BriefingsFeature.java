package club.lasertag.crm.telegram.briefings;

import club.lasertag.crm.domain.briefing.Briefing;
import club.lasertag.crm.domain.briefing.BriefingTimes;
import club.lasertag.crm.domain.order.ClubRules;
import club.lasertag.crm.domain.port.in.BriefingSettings;
import club.lasertag.crm.domain.port.in.BriefingSettings.Subscription;
import club.lasertag.crm.domain.staff.Permission;
import club.lasertag.crm.telegram.chat.Button;
import club.lasertag.crm.telegram.chat.CallbackCodec;
import club.lasertag.crm.telegram.chat.Command;
import club.lasertag.crm.telegram.chat.Feature;
import club.lasertag.crm.telegram.chat.Incoming;
import club.lasertag.crm.telegram.chat.Labels;
import club.lasertag.crm.telegram.chat.Screen;
import club.lasertag.crm.telegram.chat.Turn;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * {@code /settings}: which of the messages the bot sends first this staff member receives (each can be turned
 * off), a preview of each as it would go out today, and, for the admin, when they go out.
 *
 * <p>Buttons: {@link BriefingAction}, encoded by {@link BriefingCallbacks}.
 */
public final class BriefingsFeature implements Feature<BriefingAction> {

    /** How far one press moves a time. */
    static final int SHIFT_MINUTES = 30;

    private final BriefingSettings settings;
    private final BriefingMessages messages;
    private final ClubRules rules;

    public BriefingsFeature(BriefingSettings settings, BriefingMessages messages, ClubRules rules) {
        this.settings = settings;
        this.messages = messages;
        this.rules = rules;
    }

    @Override
    public List<Command> commands() {
        return List.of(Command.of("settings", Permission.VIEW_SCHEDULE, 70));
    }

    @Override
    public Optional<CallbackCodec<BriefingAction>> callbacks() {
        return Optional.of(BriefingCallbacks.CODEC);
    }

    @Override
    public String deniedKey() {
        return "settings.denied";
    }

    @Override
    public void onCommand(Turn turn, Incoming.Command command) {
        settings.wroteAgain(turn.actor());
        turn.replies().send(screen(turn, settings.settingsOf(turn.actor())));
    }

    @Override
    public void onButton(Turn turn, BriefingAction action) {
        if (action instanceof BriefingAction.Receive receive) {
            turn.replies().show(screen(turn, settings.receive(receive.briefing(), receive.wanted(), turn.actor())));
        } else if (action instanceof BriefingAction.ShiftTime shift) {
            BriefingTimes times = settings.settingsOf(turn.actor()).times();
            BriefingTimes moved = shift.morning()
                    ? times.withMorning(times.morning().plusMinutes(shift.minutes()))
                    : times.withEvening(times.evening().plusMinutes(shift.minutes()));
            settings.setTimes(moved, turn.actor());
            turn.replies().show(screen(turn, settings.settingsOf(turn.actor())));
        } else if (action instanceof BriefingAction.Preview preview) {
            LocalDate today = LocalDate.now(turn.clock().withZone(rules.zone()));
            Optional<Screen> message = messages.compose(preview.briefing(), today, turn.actor(), turn.texts());
            if (message.isPresent()) {
                turn.replies().send(message.get());
            } else {
                turn.replies().notice(turn.t("settings.nothingToday", name(turn, preview.briefing())));
            }
        }
    }

    private Screen screen(Turn turn, Subscription subscription) {
        BriefingTimes times = subscription.times();
        StringBuilder text = new StringBuilder(turn.t("settings.title"));
        text.append("\n\n").append(turn.t("settings.times", Labels.time(times.morning()), Labels.time(times.evening())));
        Screen.Builder screen = Screen.builder(text.toString());
        for (Briefing briefing : Briefing.values()) {
            if (subscription.available().contains(briefing)) {
                boolean on = subscription.receives().contains(briefing);
                screen.row(button(turn.t(on ? "settings.on" : "settings.off", name(turn, briefing)),
                                new BriefingAction.Receive(briefing, !on)),
                        button(turn.t("settings.preview"), new BriefingAction.Preview(briefing)));
            }
        }
        screen.row(button(turn.t("settings.morningEarlier", SHIFT_MINUTES), new BriefingAction.ShiftTime(true, -SHIFT_MINUTES)),
                button(turn.t("settings.morningLater", SHIFT_MINUTES), new BriefingAction.ShiftTime(true, SHIFT_MINUTES)));
        screen.row(button(turn.t("settings.eveningEarlier", SHIFT_MINUTES), new BriefingAction.ShiftTime(false, -SHIFT_MINUTES)),
                button(turn.t("settings.eveningLater", SHIFT_MINUTES), new BriefingAction.ShiftTime(false, SHIFT_MINUTES)));
        return screen.build();
    }

    private static String name(Turn turn, Briefing briefing) {
        return turn.t("briefing.name." + briefing.code());
    }

    private static Button button(String label, BriefingAction action) {
        return BriefingCallbacks.CODEC.button(label, action);
    }
}
