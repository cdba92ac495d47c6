package club.lasertag.crm.telegram.chat;

import club.lasertag.crm.chat.outbox.Outbox;
import club.lasertag.crm.chat.tx.UnitOfWork;
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
 */
public final class UpdateHandler {

    private static final Logger log = LoggerFactory.getLogger(UpdateHandler.class);

    private final Router router;
    private final UnitOfWork unitOfWork;
    private final ProcessedUpdates processed;
    private final Outbox outbox;
    private final ReplyCodec codec = new ReplyCodec();

    public UpdateHandler(Router router, UnitOfWork unitOfWork, ProcessedUpdates processed, Outbox outbox) {
        this.router = Objects.requireNonNull(router, "router");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.processed = Objects.requireNonNull(processed, "processed");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
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
        try {
            return unitOfWork.inTransaction(() -> {
                if (!processed.markProcessed(incoming.updateId())) {
                    log.info("update {} was handled before; skipped", incoming.updateId());
                    return List.of();
                }
                CollectedReplies replies = new CollectedReplies(incoming);
                router.handle(incoming, replies);
                return append(incoming, replies.replies());
            });
        } catch (RuntimeException failure) {
            if (DatabaseUnavailable.isCause(failure)) {
                throw failure instanceof DatabaseUnavailable unavailable ? unavailable : new DatabaseUnavailable(failure);
            }
            log.error("update {} failed; everything it did is rolled back, and it is answered with an apology",
                    incoming.updateId(), failure);
            return recordFailure(incoming);
        }
    }

    private List<Outbox.Entry> recordFailure(Incoming incoming) {
        try {
            return unitOfWork.inTransaction(() -> processed.markProcessed(incoming.updateId())
                    ? append(incoming, apology(incoming))
                    : List.of());
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
}
