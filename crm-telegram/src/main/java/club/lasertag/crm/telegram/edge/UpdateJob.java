package club.lasertag.crm.telegram.edge;

import club.lasertag.crm.telegram.chat.DatabaseUnavailable;
import club.lasertag.crm.telegram.chat.Incoming;
import club.lasertag.crm.telegram.chat.Router;
import club.lasertag.crm.telegram.chat.Screen;
import club.lasertag.crm.telegram.chat.Texts;
import club.lasertag.crm.telegram.edge.gateway.Backoff;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One update in its chat's lane: hands it to the {@link Router}; while the database is unavailable, tells the user
 * so once and asks the lane to run it again after a growing wait, until it is handled. The update stays
 * unconfirmed meanwhile, so a restart does not lose it either.
 */
final class UpdateJob implements ChatLanes.Job {

    /** Waits between attempts while the database is unavailable. */
    static final Backoff RETRY = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(5));

    private static final Logger log = LoggerFactory.getLogger(UpdateJob.class);

    private final Incoming incoming;
    private final Router router;
    private final TelegramReplies replies;
    private final DatabaseOutage outage;
    private final Backoff retry;
    private final long received = System.nanoTime();
    private int attempts;
    private boolean toldUnavailable;

    UpdateJob(Incoming incoming, Router router, TelegramReplies replies, DatabaseOutage outage, Backoff retry) {
        this.incoming = incoming;
        this.router = router;
        this.replies = replies;
        this.outage = outage;
        this.retry = retry;
    }

    @Override
    public Optional<Duration> run() {
        attempts++;
        if (attempts == 1 && outage.known()) {
            tellUnavailable(); // at once: trying would first wait out the pool's timeout
            return Optional.of(retry.after(1));
        }
        long started = System.nanoTime();
        try {
            router.handle(incoming, replies);
        } catch (DatabaseUnavailable e) {
            outage.seen(String.valueOf(rootMessage(e)));
            tellUnavailable();
            Duration wait = retry.after(attempts);
            log.info("update {}: the database is unavailable (attempt {}); trying again in {} ms",
                    incoming.updateId(), attempts, wait.toMillis());
            return Optional.of(wait);
        }
        outage.over();
        log.info("update {} ({}) handled in {} ms{}", incoming.updateId(),
                incoming.content().getClass().getSimpleName(), (System.nanoTime() - started) / 1_000_000,
                attempts == 1 ? "" : " at attempt " + attempts + ", " + (System.nanoTime() - received) / 1_000_000
                        + " ms after it came");
        return Optional.empty();
    }

    /** Once per update, not per attempt; only in a private chat (a group hears only about its commands). */
    private void tellUnavailable() {
        boolean inlineButton = incoming.content() instanceof Incoming.Unsupported other
                && Incoming.Unsupported.INLINE_BUTTON.equals(other.kind());
        if (!toldUnavailable && incoming.privateChat() && !inlineButton) {
            toldUnavailable = true;
            replies.send(Screen.of(Texts.forLocale(incoming.from().locale()).get("database.unavailable")));
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
