package club.lasertag.crm.telegram.edge;

import club.lasertag.crm.chat.outbox.Outbox;
import club.lasertag.crm.chat.updates.Inbox;
import club.lasertag.crm.telegram.chat.Command;
import club.lasertag.crm.telegram.chat.Incoming;
import club.lasertag.crm.telegram.chat.Texts;
import club.lasertag.crm.telegram.chat.UpdateHandler;
import club.lasertag.crm.telegram.edge.gateway.TelegramGateway;
import com.pengrad.telegrambot.TelegramBot;
import com.pengrad.telegrambot.model.BotCommand;
import com.pengrad.telegrambot.model.Update;
import com.pengrad.telegrambot.request.DeleteWebhook;
import com.pengrad.telegrambot.request.GetMe;
import com.pengrad.telegrambot.request.SetMyCommands;
import com.pengrad.telegrambot.request.SetWebhook;
import com.pengrad.telegrambot.utility.BotUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The CRM bot on Telegram: registers its commands, receives updates by long polling ({@link LongPoller}) or from a
 * webhook ({@link #receive}), and hands each to the {@link UpdateHandler} in its chat's lane ({@link ChatLanes}):
 * updates of different chats are handled concurrently on {@code handlerThreads} threads, those of one chat in order.
 * Each update is one unit of work (its effects, its "processed" record and its replies in the outbox); once it
 * committed, its replies are sent ({@link OutboxRelay}, which also sends what a crash left in the outbox, at start
 * and periodically), and only then is it finished, so the poll confirms to Telegram only committed updates. A
 * failing update is rolled back, answered with an apology and finished, never allowed to stop polling; one that
 * finds the database unavailable is answered so and handled again when it is back ({@link UpdateJob}).
 *
 * <p>A webhook answers Telegram before the update is handled, so {@link #receive} first stores the update in the
 * handler's {@link Inbox}; its row is deleted when its handling commits, and {@link #useWebhook} queues again what a
 * crash left there. Several instances on one database: every {@link #INBOX_SWEEP} the bot also claims the updates
 * whose hold lapsed ({@link Inbox#claim}: stored by an instance that died, or is far behind) and handles them; one
 * handled twice that way is skipped the second time.
 */
public final class CrmBot implements AutoCloseable {

    /** Handler threads unless configured: updates of this many chats are handled at once. */
    public static final int DEFAULT_HANDLER_THREADS = 8;
    /** Updates accepted and not finished at most: then polling (or the webhook) waits. */
    static final int MAX_IN_HAND = 100;
    /** How long closing waits for the updates in hand; the rest are not confirmed and come again. */
    static final Duration STOP_WAIT = Duration.ofSeconds(8);
    /** How often a webhook bot looks for updates in the inbox that no instance holds any more. */
    static final Duration INBOX_SWEEP = Duration.ofSeconds(2);
    /** The lane of updates the bot ignores: they finish at once, but in order for the offset. */
    private static final long IGNORED = Long.MIN_VALUE;

    private static final Logger log = LoggerFactory.getLogger(CrmBot.class);

    private final TelegramBot bot;
    private final TelegramGateway telegram;
    private final UpdateHandler handler;
    private final OutboxRelay relay;
    private final ChatLanes lanes;
    private final DatabaseOutage outage = new DatabaseOutage(InstantSource.system());
    private final BotObserver observer;
    private volatile UpdateConverter converter = new UpdateConverter("");
    private LongPoller poller;
    private ScheduledExecutorService inboxSweeper;

    /** @param outbox where {@code handler} writes the replies: what the relay sends */
    public CrmBot(TelegramBot bot, TelegramGateway telegram, UpdateHandler handler, Outbox outbox) {
        this(bot, telegram, handler, outbox, DEFAULT_HANDLER_THREADS);
    }

    /** @param handlerThreads how many updates (of different chats) are handled at once */
    public CrmBot(TelegramBot bot, TelegramGateway telegram, UpdateHandler handler, Outbox outbox, int handlerThreads) {
        this(bot, telegram, handler, outbox, handlerThreads, BotObserver.NONE);
    }

    /**
     * @param observer told of each update handled, each poll and webhook post (for health and metrics); each update
     *                 is also logged in one INFO line ({@link UpdateLog})
     */
    public CrmBot(TelegramBot bot, TelegramGateway telegram, UpdateHandler handler, Outbox outbox, int handlerThreads,
            BotObserver observer) {
        this.observer = new UpdateLog(observer);
        this.bot = bot;
        this.telegram = telegram;
        this.handler = handler;
        this.relay = new OutboxRelay(telegram, outbox);
        this.lanes = new ChatLanes(handlerThreads, MAX_IN_HAND);
    }

    /**
     * Learns the bot's username and registers the public command menu in Russian (the default) and English;
     * staff get their role's menu from {@link RoleMenus} when they first write.
     */
    public void prepare() {
        telegram.execute(new GetMe()).ok().map(me -> me.user().username())
                .ifPresent(username -> converter = new UpdateConverter(username));
        registerCommands(Texts.forLocale(Texts.RUSSIAN), null);
        registerCommands(Texts.forLocale(Locale.ENGLISH), "en");
    }

    /**
     * Sends the replies a previous run left in the outbox, then starts long polling on a thread of its own (dropping
     * any webhook, which would block it); the updates are handled in their chats' lanes while polling goes on.
     */
    public synchronized void startPolling() {
        relay.start();
        telegram.execute(new DeleteWebhook());
        poller = new LongPoller(telegram, new LaneSink());
        poller.start();
    }

    /**
     * Queues again the updates a previous run stored in the inbox and did not handle (in id order), then asks
     * Telegram to post updates to {@code url} with {@code secret} in the X-Telegram-Bot-Api-Secret-Token header; the
     * caller serves that URL and passes each update to {@link #receive}.
     *
     * @return whether Telegram accepted the webhook
     */
    public boolean useWebhook(String url, String secret) {
        relay.start();
        queueLeftInInbox();
        startInboxSweeper();
        return telegram.execute(new SetWebhook().url(url).secretToken(secret)).succeeded();
    }

    /**
     * Stores an update from the webhook in the inbox ({@code json}: the update as posted), then queues it in its
     * chat's lane and returns, waiting only while too many updates are in hand. The update is handled after the
     * webhook has answered; if the app dies before, it is in the inbox and handled at the next start.
     *
     * @return false when the bot is closing and did not take it (it is stored, and comes again anyway)
     * @throws RuntimeException when the update could not be stored: it was not taken, Telegram is to post it again
     */
    public boolean receive(Update update, String json) throws InterruptedException {
        Optional<Incoming> incoming = convert(update);
        handler.inbox().store(update.updateId(), incoming.map(Incoming::chatId).orElse(IGNORED), json);
        observer.posted();
        return submit(update, incoming);
    }

    /**
     * Handles one update now, on the calling thread, outside the lanes and without retries, and sends its replies
     * once committed; never throws.
     *
     * @return whether it was committed (or handled before, or is of no concern to the bot); false when nothing could
     *         be committed (the database is unavailable), so it is to come again
     */
    public boolean handle(Update update) {
        try {
            Optional<Incoming> incoming = converter.convert(update);
            if (incoming.isEmpty()) {
                log.info("update {} ignored", update.updateId());
                return true;
            }
            relay.deliver(handler.handle(incoming.get())); // handle returns after the commit
            return true;
        } catch (RuntimeException e) {
            log.error("update {} could not be handled nor recorded", update.updateId(), e);
            return false;
        }
    }

    /**
     * Stops fetching, finishes the updates in hand (waiting {@link #STOP_WAIT} at most) and confirms the finished
     * ones, so Telegram neither loses an update nor delivers a handled one again; updates not finished come again
     * after a restart.
     */
    @Override
    public synchronized void close() {
        if (poller != null) {
            poller.stop();
        }
        if (inboxSweeper != null) {
            inboxSweeper.shutdownNow();
            inboxSweeper = null;
        }
        lanes.close(STOP_WAIT);
        if (poller != null) {
            poller.close();
            poller = null;
        }
        relay.close();
        bot.shutdown();
    }

    private boolean enqueue(Update update) throws InterruptedException {
        return submit(update, convert(update));
    }

    private Optional<Incoming> convert(Update update) {
        try {
            return converter.convert(update);
        } catch (RuntimeException e) {
            log.error("update {} cannot be read; ignored", update.updateId(), e);
            return Optional.empty();
        }
    }

    private boolean submit(Update update, Optional<Incoming> incoming) throws InterruptedException {
        if (incoming.isEmpty()) {
            log.info("update {} ignored", update.updateId());
            return lanes.submit(update.updateId(), IGNORED, () -> {
                forget(update.updateId());
                return Optional.empty();
            });
        }
        Incoming in = incoming.get();
        UpdateJob job = new UpdateJob(in, handler, relay, new TelegramReplies(telegram), outage, UpdateJob.RETRY,
                observer);
        return lanes.submit(in.updateId(), in.chatId(), job);
    }

    /** Queues the updates a previous run left in the inbox, by id; a duplicate is skipped when handled. */
    private void queueLeftInInbox() {
        List<Inbox.Entry> left = handler.inbox().pending();
        if (!left.isEmpty()) {
            log.info("{} update(s) received by an earlier run and not handled are handled now", left.size());
        }
        queue(left);
    }

    private synchronized void startInboxSweeper() {
        if (inboxSweeper != null) {
            return;
        }
        inboxSweeper = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "inbox-sweeper");
            thread.setDaemon(true);
            return thread;
        });
        inboxSweeper.scheduleWithFixedDelay(this::sweepInbox, INBOX_SWEEP.toMillis(), INBOX_SWEEP.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** Claims and queues the updates no instance holds any more (their instance died, or is far behind). */
    private void sweepInbox() {
        try {
            List<Inbox.Entry> lapsed = handler.inbox().claim(MAX_IN_HAND);
            if (!lapsed.isEmpty()) {
                log.info("{} update(s) in the inbox that no instance held any more are handled now", lapsed.size());
            }
            queue(lapsed);
        } catch (RuntimeException e) {
            log.warn("inbox: could not claim the updates left there ({}); trying again in {} s", e.getMessage(),
                    INBOX_SWEEP.toSeconds());
        }
    }

    private void queue(List<Inbox.Entry> entries) {
        try {
            for (Inbox.Entry entry : entries) {
                Update update = parse(entry);
                if (update == null) {
                    forget(entry.updateId());
                } else if (!enqueue(update)) {
                    return; // closing: what is left stays in the inbox
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // stopping: what is left stays in the inbox
        }
    }

    private static Update parse(Inbox.Entry entry) {
        try {
            Update update = BotUtils.parseUpdate(entry.json());
            if (update != null && update.updateId() != null && update.updateId() == entry.updateId()) {
                return update;
            }
            log.error("update {} in the inbox is not an update with its id; dropped", entry.updateId());
        } catch (RuntimeException e) {
            log.error("update {} in the inbox cannot be read; dropped", entry.updateId(), e);
        }
        return null;
    }

    /** An ignored update is done: out of the inbox (if it cannot be now, it is ignored again at the next start). */
    private void forget(long updateId) {
        try {
            handler.inbox().done(updateId);
        } catch (RuntimeException e) {
            log.warn("ignored update {} stays in the inbox: {}", updateId, e.toString());
        }
    }

    /** What the poller hands updates to: the lanes. */
    private final class LaneSink implements LongPoller.UpdateSink {

        @Override
        public boolean accept(Update update) throws InterruptedException {
            return enqueue(update);
        }

        @Override
        public long finishedBefore() {
            return lanes.finishedBefore();
        }

        @Override
        public boolean busy() {
            return lanes.inHand() > 0;
        }

        @Override
        public void awaitFinishedBeyond(long offset, Duration timeout) throws InterruptedException {
            lanes.awaitFinishedBeyond(offset, timeout);
        }

        @Override
        public void polled() {
            observer.polled();
        }
    }

    private void registerCommands(Texts texts, String languageCode) {
        SetMyCommands request = new SetMyCommands(botCommands(handler.commands().publicMenu(), texts));
        telegram.execute(languageCode == null ? request : request.languageCode(languageCode));
    }

    /** The commands with their descriptions in the user's language, for setMyCommands. */
    static BotCommand[] botCommands(List<Command> commands, Texts texts) {
        return commands.stream()
                .map(command -> new BotCommand(command.name(), texts.get("command." + command.name())))
                .toArray(BotCommand[]::new);
    }
}
