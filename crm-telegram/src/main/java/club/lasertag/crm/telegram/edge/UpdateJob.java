package club.lasertag.crm.telegram.edge;

import club.lasertag.crm.telegram.chat.DatabaseUnavailable;
import club.lasertag.crm.telegram.chat.Handled;
import club.lasertag.crm.telegram.chat.Incoming;
import club.lasertag.crm.telegram.chat.Reply;
import club.lasertag.crm.telegram.chat.Screen;
import club.lasertag.crm.telegram.chat.Texts;
import club.lasertag.crm.telegram.chat.UpdateHandler;
import club.lasertag.crm.telegram.chat.UpdateKind;
import club.lasertag.crm.telegram.chat.UpdateOutcome;
import club.lasertag.crm.telegram.edge.gateway.Backoff;
import java.time.Duration;
import java.util.Optional;

/**
 * One update in its chat's lane: hands it to the {@link UpdateHandler} (one unit of work) and, once that committed,
 * sends its replies ({@link OutboxRelay#deliver}); only then is the job finished, and the update confirmable. While
 * the database is unavailable, tells the user so once (directly: nothing can be written to the outbox) and asks the
 * lane to run it again after a growing wait, until it is handled. The update stays unconfirmed meanwhile, so a
 * restart does not lose it either.
 */
final class UpdateJob implements ChatLanes.Job {

    /** Waits between attempts while the database is unavailable. */
    static final Backoff RETRY = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(5));

    private final Incoming incoming;
    private final UpdateHandler handler;
    private final OutboxRelay relay;
    private final TelegramReplies replies;
    private final DatabaseOutage outage;
    private final Backoff retry;
    private final BotObserver observer;
    private final long received = System.nanoTime();
    private int attempts;
    private boolean toldUnavailable;

    UpdateJob(Incoming incoming, UpdateHandler handler, OutboxRelay relay, TelegramReplies replies,
            DatabaseOutage outage, Backoff retry) {
        this(incoming, handler, relay, replies, outage, retry, BotObserver.NONE);
    }

    /** @param observer told of each attempt's end: the update's log line and metrics */
    UpdateJob(Incoming incoming, UpdateHandler handler, OutboxRelay relay, TelegramReplies replies,
            DatabaseOutage outage, Backoff retry, BotObserver observer) {
        this.incoming = incoming;
        this.handler = handler;
        this.relay = relay;
        this.replies = replies;
        this.outage = outage;
        this.retry = retry;
        this.observer = observer;
    }

    @Override
    public Optional<Duration> run() {
        attempts++;
        if (attempts == 1 && outage.known()) {
            tellUnavailable(); // at once: trying would first wait out the pool's timeout
            return Optional.of(retry.after(1));
        }
        long started = System.nanoTime();
        Handled handled;
        try {
            handled = handler.handleWithOutcome(incoming);
        } catch (DatabaseUnavailable e) {
            outage.seen(String.valueOf(rootMessage(e)));
            tellUnavailable();
            Duration wait = retry.after(attempts);
            tell(UpdateOutcome.DB_UNAVAILABLE, started, Optional.of(wait));
            return Optional.of(wait);
        }
        outage.over();
        relay.deliver(handled.replies());
        tell(handled.outcome(), started, Optional.empty());
        return Optional.empty();
    }

    /** The attempt's one log line and metrics ({@link UpdateLog} and the observer behind it). */
    private void tell(UpdateOutcome outcome, long started, Optional<Duration> retryIn) {
        long now = System.nanoTime();
        observer.handled(new HandledUpdate(incoming.updateId(), UpdateKind.of(incoming, handler.commands()),
                incoming.chatId(), outcome, Duration.ofNanos(now - started), attempts, Duration.ofNanos(now - received),
                retryIn));
    }

    /** Once per update, not per attempt; only in a private chat (a group hears only about its commands). */
    private void tellUnavailable() {
        boolean inlineButton = incoming.content() instanceof Incoming.Unsupported other
                && Incoming.Unsupported.INLINE_BUTTON.equals(other.kind());
        if (!toldUnavailable && incoming.privateChat() && !inlineButton) {
            toldUnavailable = true;
            replies.deliver(incoming.chatId(),
                    new Reply.Send(Screen.of(Texts.forLocale(incoming.from().locale()).get("database.unavailable"))));
        }
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
