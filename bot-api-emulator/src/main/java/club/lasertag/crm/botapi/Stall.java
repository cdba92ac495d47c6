package club.lasertag.crm.botapi;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A Bot API call held in flight ({@link BotApiEmulator#stallNext}): the emulator neither carries it out nor answers
 * until {@link #release}, then drops the connection unanswered, as if the bot's process had died while waiting.
 * For tests that must kill the bot between its commit and its reply.
 */
public final class Stall {

    private final String method;
    private final String chatId;
    private final CountDownLatch caught = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);

    Stall(String method, long chatId) {
        this.method = method.toLowerCase(Locale.ROOT);
        this.chatId = Long.toString(chatId);
    }

    boolean matches(String method, String chatId) {
        return this.method.equals(method) && this.chatId.equals(chatId);
    }

    /** Waits until the bot makes the call; true if it did within {@code timeout}. */
    public boolean awaitCaught(Duration timeout) throws InterruptedException {
        return caught.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Whether the bot made the call (it is held, or was). */
    public boolean caught() {
        return caught.getCount() == 0;
    }

    /** Lets the held call go: its connection is dropped, the call not carried out. */
    public void release() {
        released.countDown();
    }

    void hold() throws InterruptedException {
        caught.countDown();
        released.await();
    }
}
