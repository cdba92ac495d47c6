package club.lasertag.crm.telegram.chat;

import club.lasertag.crm.chat.outbox.Outbox;
import club.lasertag.crm.chat.tx.ChatLocks;
import club.lasertag.crm.chat.tx.UnitOfWork;
import club.lasertag.crm.chat.updates.Inbox;
import club.lasertag.crm.chat.updates.ProcessedUpdates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Handles each update exactly once in effect. In one {@link UnitOfWork}: record the update as processed (or skip it,
 * handled before), {@linkplain Router#handle route} it with replies that are only collected, and write those replies
 * to the {@link Outbox}. The record, the update's effects and its replies commit together; the caller sends the
 * replies after the commit ({@link #handle} returns them), and the outbox relay sends whatever a crash left unsent:
 * a reply may be sent twice, never not at all.
 *
 * <p>A failure inside the handling (a bug, a failing statement) rolls all of it back; then, in a unit of work of its
 * own, the update is recorded with an apology as its reply, so that a poisoned update is answered and never handled
 * again. When the database cannot be reached, or even the apology cannot be written, {@link #handle} throws
 * {@link DatabaseUnavailable}: nothing was committed, and the update is to be handled again later (its lane retries
 * it) and must not be confirmed to Telegram meanwhile.
 *
 * <p>With an {@link Inbox} (the webhook's), the update's inbox row is deleted in the same unit of work, whichever
 * way it ends (handled, handled before, apologised for): it goes only when the update's effects are committed.
 */
public final class UpdateHandler {

    private static final Logger log = LoggerFactory.getLogger(UpdateHandler.class);

    private final Router router;
    private final UnitOfWork unitOfWork;
    private final ProcessedUpdates processed;
    private final Outbox outbox;
    private final Inbox inbox;
    private final ChatLocks chatLocks;
    private final ReplyCodec codec = new ReplyCodec();

    /** Without an inbox: for long polling, which confirms an update only once it is handled. */
    public UpdateHandler(Router router, UnitOfWork unitOfWork, ProcessedUpdates processed, Outbox outbox) {
        this(router, unitOfWork, processed, outbox, NO_INBOX);
    }

    /** @param inbox where received updates wait until handled: their rows are deleted when handled */
    public UpdateHandler(Router router, UnitOfWork unitOfWork, ProcessedUpdates processed, Outbox outbox,
            Inbox inbox) {
        this(router, unitOfWork, processed, outbox, inbox, ChatLocks.NONE);
    }

    /**
     * @param chatLocks taken first in each update's unit of work: with several instances on one database, one chat's
     *                  updates are handled one at a time across them, as they are in one instance's lanes
     */
    public UpdateHandler(Router router, UnitOfWork unitOfWork, ProcessedUpdates processed, Outbox outbox,
            Inbox inbox, ChatLocks chatLocks) {
        this.inbox = Objects.requireNonNull(inbox, "inbox");
        this.chatLocks = Objects.requireNonNull(chatLocks, "chatLocks");
        this.router = Objects.requireNonNull(router, "router");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.processed = Objects.requireNonNull(processed, "processed");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
    }

    /** Where received updates wait until handled (the webhook stores them there); none by default. */
    public Inbox inbox() {
        return inbox;
    }

    /** Every command, as declared: for menus and help. */
    public CommandCatalog commands() {
        return router.commands();
    }

    /**
     * Handles {@code incoming} and returns, after the commit, the replies it wrote to the outbox, oldest first: to
     * send now. Empty if the update was handled before.
     *
     * @throws DatabaseUnavailable if nothing could be committed, not even the record of a failure: the update is to
     *                             be handled again
     */
    public List<Outbox.Entry> handle(Incoming incoming) {
        return handleWithOutcome(incoming).replies();
    }

    /**
     * As {@link #handle}, and says what became of the update: replied, refused, failed (answered with an apology),
     * handled before, or silent.
     *
     * @throws DatabaseUnavailable if nothing could be committed, not even the record of a failure: the update is to
     *                             be handled again
     */
    public Handled handleWithOutcome(Incoming incoming) {
        try {
            return unitOfWork.inTransaction(() -> {
                chatLocks.lock(incoming.chatId());
                inbox.done(incoming.updateId());
                if (!processed.markProcessed(incoming.updateId())) {
                    log.debug("update {} was handled before; skipped", incoming.updateId());
                    return new Handled(UpdateOutcome.DUPLICATE, List.of());
                }
                CollectedReplies replies = new CollectedReplies(incoming);
                Router.Routed routed = router.handle(incoming, replies);
                List<Outbox.Entry> entries = append(incoming, replies.replies());
                UpdateOutcome outcome = routed == Router.Routed.REFUSED ? UpdateOutcome.REFUSED
                        : entries.isEmpty() ? UpdateOutcome.SILENT : UpdateOutcome.REPLIED;
                return new Handled(outcome, entries);
            });
        } catch (RuntimeException failure) {
            if (DatabaseUnavailable.isCause(failure)) {
                throw failure instanceof DatabaseUnavailable unavailable ? unavailable : new DatabaseUnavailable(failure);
            }
            log.error("update {} failed; everything it did is rolled back, and it is answered with an apology",
                    incoming.updateId(), failure);
            return new Handled(UpdateOutcome.FAILED, recordFailure(incoming));
        }
    }

    private List<Outbox.Entry> recordFailure(Incoming incoming) {
        try {
            return unitOfWork.inTransaction(() -> {
                inbox.done(incoming.updateId());
                return processed.markProcessed(incoming.updateId()) ? append(incoming, apology(incoming)) : List.of();
            });
        } catch (RuntimeException e) {
            throw e instanceof DatabaseUnavailable unavailable ? unavailable : new DatabaseUnavailable(e);
        }
    }

    private List<Outbox.Entry> append(Incoming incoming, List<Reply> replies) {
        List<Outbox.Entry> entries = new ArrayList<>(replies.size());
        for (Reply reply : replies) {
            entries.add(outbox.append(incoming.updateId(), incoming.chatId(), codec.encode(reply)));
        }
        return entries;
    }

    private static List<Reply> apology(Incoming incoming) {
        CollectedReplies replies = new CollectedReplies(incoming);
        replies.notice(null);
        replies.send(Screen.of(Texts.forLocale(incoming.from().locale()).get("error.internal")));
        return replies.replies();
    }

    /** No inbox: nothing is stored, so there is nothing to forget. */
    private static final Inbox NO_INBOX = new Inbox() {
        @Override
        public void store(long updateId, long laneKey, String json) {
            throw new UnsupportedOperationException("no inbox");
        }

        @Override
        public List<Entry> pending() {
            return List.of();
        }

        @Override
        public List<Entry> claim(int limit) {
            return List.of();
        }

        @Override
        public void done(long updateId) {
        }
    };
}
