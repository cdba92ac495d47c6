package club.lasertag.crm.telegram.orders;

import club.lasertag.crm.domain.client.Client;
import club.lasertag.crm.domain.client.ClientId;
import club.lasertag.crm.domain.common.InvalidInput;
import club.lasertag.crm.domain.common.Page;
import club.lasertag.crm.chat.dialog.DialogState;
import club.lasertag.crm.domain.order.OrderId;
import club.lasertag.crm.domain.port.in.BookingOutcome;
import club.lasertag.crm.domain.port.in.BookingRequest;
import club.lasertag.crm.domain.port.in.ScheduledGame;
import club.lasertag.crm.telegram.UseCases;
import club.lasertag.crm.telegram.chat.Screen;
import club.lasertag.crm.telegram.chat.Turn;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

/**
 * The dialogs that fill in an order, one question at a time, every answer kept in the dialog state so a restart
 * loses nothing: a new booking ({@link #NEW}: every question, then a summary), a change of a saved order
 * ({@link #EDIT}: the fields chosen from the summary) and a move ({@link #MOVE}: date and start only).
 * Answers by button edit the question in place; typed answers get the next question as a new message.
 */
final class BookingDialog {

    static final String NEW = "order.new";
    static final String EDIT = "order.edit";
    static final String MOVE = "order.move";
    static final Set<String> FLOWS = Set.of(NEW, EDIT, MOVE);

    private static final int CLIENTS_FOUND = 8;

    private final UseCases useCases;
    private final Questions questions;
    private final RefusalScreen refusals;
    private final OrderCards cards;

    BookingDialog(UseCases useCases, OrderCards cards) {
        this.useCases = useCases;
        this.questions = new Questions(useCases);
        this.refusals = new RefusalScreen(useCases);
        this.cards = cards;
    }

    // ---- starting ----

    /** {@code /order}, or {@code /order <phone or name>} which searches at once. */
    void start(Turn turn, String query) {
        Draft draft = Draft.empty();
        turn.ask(NEW, Step.CLIENT.code(), draft.answers());
        if (query.isBlank()) {
            turn.replies().send(questions.ask(turn, NEW, Step.CLIENT, draft));
        } else {
            search(turn, NEW, draft, query);
        }
    }

    /** A booking for a client already chosen, from the client's card. */
    void startFor(Turn turn, ClientId clientId) {
        useCases.findClients().byId(clientId, turn.actor());
        Draft draft = Draft.empty();
        draft.put(Step.CLIENT, String.valueOf(clientId.value()));
        turn.ask(NEW, Step.DATE.code(), draft.answers());
        turn.replies().send(questions.ask(turn, NEW, Step.DATE, draft));
    }

    /** Changing a saved order: the fields to choose from, the summary after each change. */
    void startEdit(Turn turn, ScheduledGame game) {
        Draft draft = Draft.of(game);
        turn.ask(EDIT, Step.SUMMARY.code(), draft.answers());
        turn.replies().send(questions.fieldChooser(turn, EDIT, draft));
    }

    /** Moving a saved order: a new date, then a new start. */
    void startMove(Turn turn, ScheduledGame game) {
        Draft draft = Draft.of(game);
        turn.ask(MOVE, Step.DATE.code(), draft.answers());
        turn.replies().send(questions.ask(turn, MOVE, Step.DATE, draft));
    }

    // ---- answers ----

    void onText(Turn turn, DialogState state, String text) {
        Step step = Step.ofCode(state.step()).orElse(Step.SUMMARY);
        Draft draft = new Draft(state.answers());
        if (step == Step.CLIENT) {
            search(turn, state.flow(), draft, text);
        } else if (step == Step.SUMMARY) {
            Screen summary = questions.summary(turn, state.flow(), draft);
            turn.replies().send(new Screen(turn.t("order.useButtons") + "\n\n" + summary.html(), summary.keyboard()));
        } else {
            answer(turn, state.flow(), step, draft, text);
        }
    }

    /** A button answering {@code step}; stale if the dialog has moved on. */
    void onAnswer(Turn turn, DialogState state, Step step, String value) {
        if (!step.code().equals(state.step())) {
            turn.replies().notice(turn.t("button.stale"));
            return;
        }
        Draft draft = new Draft(state.answers());
        if (step == Step.CLIENT) {
            Client client = useCases.findClients().byId(new ClientId(parseId(value)), turn.actor());
            draft.put(Step.CLIENT, String.valueOf(client.id().value()));
            advance(turn, state.flow(), step, draft);
        } else {
            answer(turn, state.flow(), step, draft, value);
        }
    }

    void onSkipComment(Turn turn, DialogState state) {
        onAnswer(turn, state, Step.COMMENT, "");
    }

    /** Ask one field again: from the summary (then back to it), or "another date" when a day is full. */
    void onField(Turn turn, DialogState state, Step step) {
        Draft draft = new Draft(state.answers());
        if (MOVE.equals(state.flow()) && step != Step.DATE || step == Step.SUMMARY) {
            turn.replies().notice(turn.t("button.stale"));
            return;
        }
        if (Step.SUMMARY.code().equals(state.step())) {
            draft.put(Draft.BACK, "1");
        }
        go(turn, state.flow(), step, draft);
    }

    void onFieldChooser(Turn turn, DialogState state) {
        Draft draft = new Draft(state.answers());
        if (MOVE.equals(state.flow())) {
            turn.replies().notice(turn.t("button.stale"));
            return;
        }
        draft.remove(Draft.BACK);
        turn.ask(state.flow(), Step.SUMMARY.code(), draft.answers());
        turn.replies().show(questions.fieldChooser(turn, state.flow(), draft));
    }

    void onSummary(Turn turn, DialogState state) {
        Draft draft = new Draft(state.answers());
        if (MOVE.equals(state.flow())) {
            turn.replies().notice(turn.t("button.stale"));
            return;
        }
        draft.remove(Draft.BACK);
        go(turn, state.flow(), Step.SUMMARY, draft);
    }

    void onMonth(Turn turn, DialogState state, YearMonth month) {
        if (!Step.DATE.code().equals(state.step())) {
            turn.replies().notice(turn.t("button.stale"));
            return;
        }
        turn.replies().show(questions.datePicker(turn, state.flow(), new Draft(state.answers()), month));
    }

    /** "Book" on the summary: the booking rules decide. */
    void onConfirm(Turn turn, DialogState state) {
        if (!Step.SUMMARY.code().equals(state.step()) || MOVE.equals(state.flow())) {
            turn.replies().notice(turn.t("button.stale"));
            return;
        }
        save(turn, state.flow(), new Draft(state.answers()));
    }

    /** A free start offered after a refusal: try again at that time. */
    void onFreeStart(Turn turn, DialogState state, LocalDate date, LocalTime start) {
        boolean waiting = MOVE.equals(state.flow()) ? Step.START.code().equals(state.step())
                : Step.SUMMARY.code().equals(state.step());
        if (!waiting) {
            turn.replies().notice(turn.t("button.stale"));
            return;
        }
        Draft draft = new Draft(state.answers());
        draft.put(Step.DATE, date.toString());
        draft.put(Step.START, start.toString());
        turn.ask(state.flow(), state.step(), draft.answers());
        if (MOVE.equals(state.flow())) {
            move(turn, draft);
        } else {
            save(turn, state.flow(), draft);
        }
    }

    void onCancel(Turn turn) {
        turn.endDialog();
        turn.replies().show(Screen.of(turn.t("cancel.done")));
    }

    // ---- moving on ----

    private void search(Turn turn, String flow, Draft draft, String query) {
        List<Client> found = useCases.findClients().find(query, Page.first(CLIENTS_FOUND), turn.actor());
        turn.replies().send(questions.clientResults(turn, flow, draft, query, found));
    }

    /** Validates the answer; a wrong one gets the domain's message and the same question again. */
    private void answer(Turn turn, String flow, Step step, Draft draft, String raw) {
        String value;
        try {
            value = Answers.read(step, raw, new Labels(turn.texts()), questions.today());
        } catch (InvalidInput problem) {
            Screen again = questions.ask(turn, flow, step, draft);
            turn.replies().show(new Screen(turn.texts().invalid(problem) + "\n\n" + again.html(), again.keyboard()));
            return;
        }
        draft.put(step, value);
        advance(turn, flow, step, draft);
    }

    private void advance(Turn turn, String flow, Step answered, Draft draft) {
        if (answered == Step.ROOM && !draft.room().orElseThrow().isTaken()) {
            draft.remove(Step.REST);
        }
        if (MOVE.equals(flow) && answered == Step.START) {
            turn.ask(flow, Step.START.code(), draft.answers());
            move(turn, draft);
            return;
        }
        go(turn, flow, next(flow, answered, draft), draft);
    }

    private static Step next(String flow, Step answered, Draft draft) {
        if (answered == Step.ROOM && draft.room().orElseThrow().isTaken()) {
            return Step.REST;
        }
        if (MOVE.equals(flow)) {
            return Step.START;
        }
        if (EDIT.equals(flow) || draft.has(Draft.BACK)) {
            return Step.SUMMARY;
        }
        if (answered == Step.DATE && draft.has(Step.POLYGON) && draft.has(Step.GAME)) {
            // Another date after a full day: the game is known, its start is what is missing.
            return Step.START;
        }
        Step following = answered.following();
        // The rest time is asked only for a room, by the rule above.
        return following == Step.REST ? following.following() : following;
    }

    private void go(Turn turn, String flow, Step step, Draft draft) {
        if (step == Step.SUMMARY) {
            draft.remove(Draft.BACK);
        }
        turn.ask(flow, step.code(), draft.answers());
        turn.replies().show(questions.ask(turn, flow, step, draft));
    }

    private void save(Turn turn, String flow, Draft draft) {
        BookingRequest request = draft.request();
        BookingOutcome outcome = EDIT.equals(flow)
                ? useCases.editOrder().edit(draft.orderId().orElseThrow(), request, turn.actor())
                : useCases.bookOrder().book(request, turn.actor());
        conclude(turn, flow, outcome, EDIT.equals(flow) ? "order.saved" : "order.booked");
    }

    private void move(Turn turn, Draft draft) {
        OrderId id = draft.orderId().orElseThrow();
        BookingOutcome outcome = useCases.rescheduleOrder().reschedule(id, draft.date().orElseThrow(),
                draft.start().orElseThrow(), turn.actor());
        conclude(turn, MOVE, outcome, "order.moved");
    }

    /** Booked: the dialog ends with the order's card. Refused: the reason and free starts; the dialog stays. */
    private void conclude(Turn turn, String flow, BookingOutcome outcome, String doneKey) {
        if (outcome instanceof BookingOutcome.Booked booked) {
            turn.endDialog();
            ScheduledGame game = useCases.viewOrder().order(booked.order().requireId(), turn.actor());
            turn.replies().show(cards.card(turn, game, turn.t(doneKey)));
        } else {
            turn.replies().show(refusals.screen(turn, flow, (BookingOutcome.Refused) outcome));
        }
    }

    private static long parseId(String value) {
        if (value == null || !value.matches("[1-9]\\d{0,17}")) {
            throw new InvalidInput(Step.CLIENT.field(), InvalidInput.Problem.NOT_A_NUMBER, String.valueOf(value));
        }
        return Long.parseLong(value);
    }
}
