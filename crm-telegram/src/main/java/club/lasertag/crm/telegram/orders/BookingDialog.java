package club.lasertag.crm.telegram.orders;

import club.lasertag.crm.telegram.chat.Labels;
import club.lasertag.crm.domain.client.Client;
import club.lasertag.crm.domain.client.ClientId;
import club.lasertag.crm.domain.common.InvalidInput;
import club.lasertag.crm.domain.common.Page;
import club.lasertag.crm.chat.dialog.DialogState;
import club.lasertag.crm.domain.order.OrderId;
import club.lasertag.crm.domain.port.in.BookingOutcome;
import club.lasertag.crm.domain.port.in.BookingRequest;
import club.lasertag.crm.domain.port.in.ScheduledGame;
import club.lasertag.crm.telegram.chat.Screen;
import club.lasertag.crm.telegram.chat.Turn;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;

/**
 * The dialogs that fill in an order, one question at a time, every answer kept in the dialog state so a restart
 * loses nothing: the {@link BookingFlow}s of a new booking, a change of a saved order and a move.
 * Answers by button edit the question in place; typed answers get the next question as a new message.
 */
final class BookingDialog {

    private static final int CLIENTS_FOUND = 8;

    private final OrderUseCases useCases;
    private final Questions questions;
    private final RefusalScreen refusals;
    private final OrderCards cards;

    BookingDialog(OrderUseCases useCases, OrderCards cards) {
        this.useCases = useCases;
        this.questions = new Questions(useCases);
        this.refusals = new RefusalScreen(useCases);
        this.cards = cards;
    }

    // ---- starting ----

    /** {@code /order}, or {@code /order <phone or name>} which searches at once. */
    void start(Turn turn, String query) {
        Draft draft = Draft.empty();
        turn.ask(BookingFlow.NEW, Step.CLIENT, draft.answers());
        if (query.isBlank()) {
            turn.replies().send(questions.ask(turn, BookingFlow.NEW, Step.CLIENT, draft));
        } else {
            search(turn, BookingFlow.NEW, draft, query);
        }
    }

    /** A booking for a client already chosen, from the client's card. */
    void startFor(Turn turn, ClientId clientId) {
        useCases.findClients().byId(clientId, turn.actor());
        Draft draft = Draft.empty();
        draft.put(Step.CLIENT, String.valueOf(clientId.value()));
        turn.ask(BookingFlow.NEW, Step.DATE, draft.answers());
        turn.replies().send(questions.ask(turn, BookingFlow.NEW, Step.DATE, draft));
    }

    /** Changing a saved order: the fields to choose from, the summary after each change. */
    void startEdit(Turn turn, ScheduledGame game) {
        Draft draft = Draft.of(game);
        turn.ask(BookingFlow.EDIT, Step.SUMMARY, draft.answers());
        turn.replies().send(questions.fieldChooser(turn, BookingFlow.EDIT, draft));
    }

    /** Moving a saved order: a new date, then a new start. */
    void startMove(Turn turn, ScheduledGame game) {
        Draft draft = Draft.of(game);
        turn.ask(BookingFlow.MOVE, Step.DATE, draft.answers());
        turn.replies().send(questions.ask(turn, BookingFlow.MOVE, Step.DATE, draft));
    }

    // ---- answers ----

    void onText(Turn turn, BookingFlow flow, DialogState state, String text) {
        Step step = Step.ofCode(state.step()).orElse(Step.SUMMARY);
        Draft draft = new Draft(state.answers());
        if (step == Step.CLIENT) {
            search(turn, flow, draft, text);
        } else if (step == Step.SUMMARY) {
            Screen summary = questions.summary(turn, flow, draft);
            turn.replies().send(new Screen(turn.t("order.useButtons") + "\n\n" + summary.html(), summary.keyboard()));
        } else {
            answer(turn, flow, step, draft, text);
        }
    }

    /** A button answering {@code step}; stale if the dialog has moved on. */
    void onAnswer(Turn turn, BookingFlow flow, DialogState state, Step step, String value) {
        if (!step.isIn(state)) {
            turn.replies().notice(turn.t("button.stale"));
            return;
        }
        Draft draft = new Draft(state.answers());
        if (step == Step.CLIENT) {
            Client client = useCases.findClients().byId(new ClientId(parseId(value)), turn.actor());
            draft.put(Step.CLIENT, String.valueOf(client.id().value()));
            advance(turn, flow, step, draft);
        } else {
            answer(turn, flow, step, draft, value);
        }
    }

    void onSkipComment(Turn turn, BookingFlow flow, DialogState state) {
        onAnswer(turn, flow, state, Step.COMMENT, "");
    }

    /** Ask one field again: from the summary (then back to it), or "another date" when a day is full. */
    void onField(Turn turn, BookingFlow flow, DialogState state, Step step) {
        Draft draft = new Draft(state.answers());
        if (flow == BookingFlow.MOVE && step != Step.DATE || step == Step.SUMMARY) {
            turn.replies().notice(turn.t("button.stale"));
            return;
        }
        if (Step.SUMMARY.isIn(state)) {
            draft.put(Draft.BACK, "1");
        }
        go(turn, flow, step, draft);
    }

    void onFieldChooser(Turn turn, BookingFlow flow, DialogState state) {
        Draft draft = new Draft(state.answers());
        if (flow == BookingFlow.MOVE) {
            turn.replies().notice(turn.t("button.stale"));
            return;
        }
        draft.remove(Draft.BACK);
        turn.ask(flow, Step.SUMMARY, draft.answers());
        turn.replies().show(questions.fieldChooser(turn, flow, draft));
    }

    void onSummary(Turn turn, BookingFlow flow, DialogState state) {
        Draft draft = new Draft(state.answers());
        if (flow == BookingFlow.MOVE) {
            turn.replies().notice(turn.t("button.stale"));
            return;
        }
        draft.remove(Draft.BACK);
        go(turn, flow, Step.SUMMARY, draft);
    }

    void onMonth(Turn turn, BookingFlow flow, DialogState state, YearMonth month) {
        if (!Step.DATE.isIn(state)) {
            turn.replies().notice(turn.t("button.stale"));
            return;
        }
        turn.replies().show(questions.datePicker(turn, flow, new Draft(state.answers()), month));
    }

    /** "Book" on the summary: the booking rules decide. */
    void onConfirm(Turn turn, BookingFlow flow, DialogState state) {
        if (!Step.SUMMARY.isIn(state) || flow == BookingFlow.MOVE) {
            turn.replies().notice(turn.t("button.stale"));
            return;
        }
        save(turn, flow, new Draft(state.answers()));
    }

    /** A free start offered after a refusal: try again at that time. */
    void onFreeStart(Turn turn, BookingFlow flow, DialogState state, LocalDate date, LocalTime start) {
        Step waitingAt = flow == BookingFlow.MOVE ? Step.START : Step.SUMMARY;
        boolean waiting = waitingAt.isIn(state);
        if (!waiting) {
            turn.replies().notice(turn.t("button.stale"));
            return;
        }
        Draft draft = new Draft(state.answers());
        draft.put(Step.DATE, date.toString());
        draft.put(Step.START, start.toString());
        turn.ask(flow, waitingAt, draft.answers());
        if (flow == BookingFlow.MOVE) {
            move(turn, draft);
        } else {
            save(turn, flow, draft);
        }
    }

    void onCancel(Turn turn) {
        turn.endDialog();
        turn.replies().show(Screen.of(turn.t("cancel.done")));
    }

    // ---- moving on ----

    private void search(Turn turn, BookingFlow flow, Draft draft, String query) {
        List<Client> found = useCases.findClients().find(query, Page.first(CLIENTS_FOUND), turn.actor());
        turn.replies().send(questions.clientResults(turn, flow, draft, query, found));
    }

    /** Validates the answer; a wrong one gets the domain's message and the same question again. */
    private void answer(Turn turn, BookingFlow flow, Step step, Draft draft, String raw) {
        String value;
        try {
            value = Answers.read(step, raw, new Labels(turn.texts()), questions.today());
        } catch (InvalidInput problem) {
            Screen again = questions.ask(turn, flow, step, draft);
            turn.replies().show(new Screen(turn.texts().invalid(problem) + "\n\n" + again.html(), again.keyboard()));
            return;
        }
        draft.put(step, value);
        if (step == Step.DATE) {
            // "завтра 15:00": the start comes with the date.
            Answers.startTypedWithDate(raw, questions.today()).ifPresent(start -> draft.put(Step.START, start.toString()));
        }
        advance(turn, flow, step, draft);
    }

    private void advance(Turn turn, BookingFlow flow, Step answered, Draft draft) {
        if (answered == Step.ROOM && !draft.room().orElseThrow().isTaken()) {
            draft.remove(Step.REST);
        }
        if (flow == BookingFlow.MOVE && answered == Step.START) {
            turn.ask(flow, Step.START, draft.answers());
            move(turn, draft);
            return;
        }
        go(turn, flow, next(flow, answered, draft), draft);
    }

    private static Step next(BookingFlow flow, Step answered, Draft draft) {
        if (answered == Step.ROOM && draft.room().orElseThrow().isTaken()) {
            return Step.REST;
        }
        if (flow == BookingFlow.MOVE) {
            return Step.START;
        }
        if (flow == BookingFlow.EDIT || draft.has(Draft.BACK)) {
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

    private void go(Turn turn, BookingFlow flow, Step step, Draft draft) {
        if (step == Step.SUMMARY) {
            draft.remove(Draft.BACK);
        }
        turn.ask(flow, step, draft.answers());
        turn.replies().show(questions.ask(turn, flow, step, draft));
    }

    private void save(Turn turn, BookingFlow flow, Draft draft) {
        BookingRequest request = draft.request();
        BookingOutcome outcome = flow == BookingFlow.EDIT
                ? useCases.editOrder().edit(draft.orderId().orElseThrow(), request, turn.actor())
                : useCases.bookOrder().book(request, turn.actor());
        conclude(turn, flow, outcome, flow == BookingFlow.EDIT ? "order.saved" : "order.booked");
    }

    private void move(Turn turn, Draft draft) {
        OrderId id = draft.orderId().orElseThrow();
        BookingOutcome outcome = useCases.rescheduleOrder().reschedule(id, draft.date().orElseThrow(),
                draft.start().orElseThrow(), turn.actor());
        conclude(turn, BookingFlow.MOVE, outcome, "order.moved");
    }

    /** Booked: the dialog ends with the order's card. Refused: the reason and free starts; the dialog stays. */
    private void conclude(Turn turn, BookingFlow flow, BookingOutcome outcome, String doneKey) {
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
