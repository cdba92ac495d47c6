package club.lasertag.crm.telegram.chat;

import club.lasertag.crm.chat.dialog.DialogState;
import club.lasertag.crm.chat.outbox.Outbox;
import club.lasertag.crm.chat.updates.Inbox;
import club.lasertag.crm.chat.testing.InMemoryDialogStates;
import club.lasertag.crm.chat.testing.InMemoryInbox;
import club.lasertag.crm.chat.testing.InMemoryOutbox;
import club.lasertag.crm.chat.testing.InMemoryProcessedUpdates;
import club.lasertag.crm.chat.testing.InMemoryUnitOfWork;
import club.lasertag.crm.domain.staff.Permission;
import club.lasertag.crm.domain.testing.TestCrm;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An update's record, effects and replies commit together; a failure rolls them back and is answered once. */
class UpdateHandlerTest {

    private static final long CHAT = TestCrm.MANAGER.value();

    private final TestCrm crm = new TestCrm();
    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();
    private final InMemoryProcessedUpdates processed = new InMemoryProcessedUpdates(unitOfWork);
    private final InMemoryDialogStates dialogs = new InMemoryDialogStates(unitOfWork);
    private final FailingOutbox outbox = new FailingOutbox(new InMemoryOutbox(unitOfWork));
    private final InMemoryInbox inbox = new InMemoryInbox(unitOfWork);
    private final ReplyCodec codec = new ReplyCodec();

    /** {@code /note text} remembers the text as the chat's dialog and answers; {@code /note boom} then fails. */
    private final Feature<Action> notes = new Feature<>() {

        @Override
        public List<Command> commands() {
            return List.of(Command.of("note", Permission.VIEW_SCHEDULE, 1));
        }

        @Override
        public String deniedKey() {
            return "order.denied";
        }

        @Override
        public void onCommand(Turn turn, Incoming.Command command) {
            dialogs.save(new DialogState(turn.chatId(), "note", "noted", Map.of("text", command.args()), Instant.EPOCH));
            turn.replies().send(Screen.of("noted: " + command.args()));
            if (command.args().equals("boom")) {
                throw new IllegalStateException("a bug after the first effect");
            }
        }
    };

    private final UpdateHandler handler = new UpdateHandler(
            new Router(List.of(notes), crm.staffService, dialogs, crm.clock, CommandMenu.NONE), unitOfWork, processed,
            outbox, inbox);

    @Test
    void anUpdateIsRecordedWithItsEffectsAndItsRepliesWhichAreReturnedToSend() {
        List<Outbox.Entry> entries = handler.handle(command(1, "/note milk"));

        assertThat(entries).extracting(entry -> codec.decode(entry.payload()))
                .containsExactly(new Reply.Send(Screen.of("noted: milk")));
        assertThat(entries).allSatisfy(entry -> assertThat(entry).extracting(Outbox.Entry::updateId, Outbox.Entry::chatId)
                .containsExactly(1L, CHAT));
        assertThat(outbox.pending(10)).isEqualTo(entries);
        assertThat(dialogs.of(CHAT)).map(state -> state.answers().get("text")).contains("milk");
        assertThat(processed.markProcessed(1)).isFalse();
    }

    @Test
    void anUpdateDeliveredAgainIsSkippedWithoutReplies() {
        handler.handle(command(1, "/note milk"));

        assertThat(handler.handle(command(1, "/note milk"))).isEmpty();
        assertThat(outbox.pending(10)).hasSize(1);
    }

    @Test
    void aFailureRollsBackTheEffectsAndTheRepliesAndAnswersWithAnApologyOnce() {
        handler.handle(command(1, "/note milk"));

        List<Outbox.Entry> entries = handler.handle(command(2, "/note boom"));

        assertThat(entries).extracting(entry -> codec.decode(entry.payload())).containsExactly(
                new Reply.Send(Screen.of(Texts.forLocale(Texts.RUSSIAN).get("error.internal"))));
        assertThat(dialogs.of(CHAT)).map(state -> state.answers().get("text")).as("rolled back").contains("milk");
        assertThat(outbox.pending(10)).extracting(entry -> codec.decode(entry.payload()))
                .doesNotContain(new Reply.Send(Screen.of("noted: boom")));
        assertThat(handler.handle(command(2, "/note boom"))).as("a poisoned update is not handled again").isEmpty();
    }

    @Test
    void aFailedPressIsAnsweredToo() {
        Incoming press = new Incoming(3, CHAT, true, manager(), new Incoming.Unsupported("sticker", "q-9"));
        outbox.failAppends(1);

        List<Outbox.Entry> entries = handler.handle(press);

        assertThat(entries).extracting(entry -> codec.decode(entry.payload())).containsExactly(
                new Reply.Notice("q-9", null), new Reply.Send(Screen.of(Texts.forLocale(Texts.RUSSIAN).get("error.internal"))));
    }

    @Test
    void whenNotEvenTheFailureCanBeRecordedNothingIsAndTheCallerIsTold() {
        outbox.failAppends(2);

        assertThatThrownBy(() -> handler.handle(command(4, "/note milk"))).isInstanceOf(DatabaseUnavailable.class);

        assertThat(processed.markProcessed(4)).as("to be delivered and handled again").isTrue();
        assertThat(dialogs.of(CHAT)).isEmpty();
        assertThat(outbox.pending(10)).isEmpty();
    }

    @Test
    void theInboxRowGoesWithTheCommitWhicheverWayTheUpdateEndsAndStaysWhenNothingCommits() {
        for (long id = 1; id <= 4; id++) {
            inbox.store(id, CHAT, "{}");
        }

        handler.handle(command(1, "/note milk"));
        handler.handle(command(1, "/note milk")); // handled before: skipped, its row goes too
        handler.handle(command(2, "/note boom")); // apologised for
        outbox.failAppends(2);
        assertThatThrownBy(() -> handler.handle(command(3, "/note tea"))).isInstanceOf(DatabaseUnavailable.class);

        assertThat(inbox.pending()).containsExactly(new Inbox.Entry(3, CHAT, "{}"), new Inbox.Entry(4, CHAT, "{}"));
    }

    private static Incoming command(long updateId, String text) {
        String[] parts = text.substring(1).split(" ", 2);
        return new Incoming(updateId, CHAT, true, manager(), new Incoming.Command(parts[0], parts[1], false));
    }

    private static Sender manager() {
        return new Sender(CHAT, "Мария", null, Texts.RUSSIAN);
    }

    /** An outbox whose next appends fail, as when the database goes away. */
    private static final class FailingOutbox implements Outbox {

        private final Outbox outbox;
        private int failures;

        FailingOutbox(Outbox outbox) {
            this.outbox = outbox;
        }

        void failAppends(int times) {
            failures = times;
        }

        @Override
        public Entry append(long updateId, long chatId, String payload) {
            if (failures > 0) {
                failures--;
                throw new IllegalStateException("the database is unreachable");
            }
            return outbox.append(updateId, chatId, payload);
        }

        @Override
        public List<Entry> pending(int limit) {
            return outbox.pending(limit);
        }

        @Override
        public List<Entry> claim(int limit, java.time.Duration lapsedWithin, java.time.Duration holdFor) {
            return outbox.claim(limit, lapsedWithin, holdFor);
        }

        @Override
        public void release(long id) {
            outbox.release(id);
        }

        @Override
        public void delivered(long id) {
            outbox.delivered(id);
        }
    }
}
