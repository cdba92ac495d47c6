package club.lasertag.crm.telegram.edge;

import club.lasertag.crm.telegram.chat.Command;
import club.lasertag.crm.telegram.chat.Incoming;
import club.lasertag.crm.telegram.chat.Router;
import club.lasertag.crm.telegram.chat.Texts;
import club.lasertag.crm.telegram.edge.gateway.TelegramGateway;
import com.pengrad.telegrambot.TelegramBot;
import com.pengrad.telegrambot.model.BotCommand;
import com.pengrad.telegrambot.model.Update;
import com.pengrad.telegrambot.request.DeleteWebhook;
import com.pengrad.telegrambot.request.GetMe;
import com.pengrad.telegrambot.request.SetMyCommands;
import com.pengrad.telegrambot.request.SetWebhook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The CRM bot on Telegram: registers its commands, receives updates by long polling ({@link LongPoller}) or from a
 * webhook ({@link #receive}), and hands each to the {@link Router} in its chat's lane ({@link ChatLanes}): updates of
 * different chats are handled concurrently on {@code handlerThreads} threads, those of one chat in order. A failing
 * update is logged and finished, never allowed to stop polling; one that finds the database unavailable is answered
 * so and handled again when it is back ({@link UpdateJob}).
 */
public final class CrmBot implements AutoCloseable {

    /** Handler threads unless configured: updates of this many chats are handled at once. */
    public static final int DEFAULT_HANDLER_THREADS = 8;
    /** Updates accepted and not finished at most: then polling (or the webhook) waits. */
    static final int MAX_IN_HAND = 100;
    /** How long closing waits for the updates in hand; the rest are not confirmed and come again. */
    static final Duration STOP_WAIT = Duration.ofSeconds(8);
    /** The lane of updates the bot ignores: they finish at once, but in order for the offset. */
    private static final long IGNORED = Long.MIN_VALUE;

    private static final Logger log = LoggerFactory.getLogger(CrmBot.class);

    private final TelegramBot bot;
    private final TelegramGateway telegram;
    private final Router router;
    private final ChatLanes lanes;
    private final DatabaseOutage outage = new DatabaseOutage(InstantSource.system());
    private volatile UpdateConverter converter = new UpdateConverter("");
    private LongPoller poller;

    public CrmBot(TelegramBot bot, TelegramGateway telegram, Router router) {
        this(bot, telegram, router, DEFAULT_HANDLER_THREADS);
    }

    /** @param handlerThreads how many updates (of different chats) are handled at once */
    public CrmBot(TelegramBot bot, TelegramGateway telegram, Router router, int handlerThreads) {
        this.bot = bot;
        this.telegram = telegram;
        this.router = router;
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
     * Starts long polling on a thread of its own (dropping any webhook, which would block it); the updates are
     * handled in their chats' lanes while polling goes on.
     */
    public synchronized void startPolling() {
        telegram.execute(new DeleteWebhook());
        poller = new LongPoller(telegram, new LaneSink());
        poller.start();
    }

    /**
     * Asks Telegram to post updates to {@code url} with {@code secret} in the X-Telegram-Bot-Api-Secret-Token
     * header; the caller serves that URL and passes each update to {@link #receive}.
     *
     * @return whether Telegram accepted the webhook
     */
    public boolean useWebhook(String url, String secret) {
        return telegram.execute(new SetWebhook().url(url).secretToken(secret)).succeeded();
    }

    /**
     * Queues an update from the webhook in its chat's lane and returns, waiting only while too many updates are in
     * hand. The update is handled after the webhook has answered: if the app dies before, it is lost (Telegram
     * does not post it again).
     *
     * @return false when the bot is closing and did not take it
     */
    public boolean receive(Update update) throws InterruptedException {
        return enqueue(update);
    }

    /** Handles one update now, on the calling thread, outside the lanes and without retries; never throws. */
    public void handle(Update update) {
        try {
            Optional<Incoming> incoming = converter.convert(update);
            if (incoming.isEmpty()) {
                log.info("update {} ignored", update.updateId());
                return;
            }
            router.handle(incoming.get(), new TelegramReplies(telegram, incoming.get()));
        } catch (RuntimeException e) {
            log.error("update {} failed", update.updateId(), e);
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
        lanes.close(STOP_WAIT);
        if (poller != null) {
            poller.close();
            poller = null;
        }
        bot.shutdown();
    }

    private boolean enqueue(Update update) throws InterruptedException {
        Optional<Incoming> incoming;
        try {
            incoming = converter.convert(update);
        } catch (RuntimeException e) {
            log.error("update {} cannot be read; ignored", update.updateId(), e);
            incoming = Optional.empty();
        }
        if (incoming.isEmpty()) {
            log.info("update {} ignored", update.updateId());
            return lanes.submit(update.updateId(), IGNORED, Optional::empty);
        }
        Incoming in = incoming.get();
        UpdateJob job = new UpdateJob(in, router, new TelegramReplies(telegram, in), outage, UpdateJob.RETRY);
        return lanes.submit(in.updateId(), in.chatId(), job);
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
    }

    private void registerCommands(Texts texts, String languageCode) {
        SetMyCommands request = new SetMyCommands(botCommands(router.commands().publicMenu(), texts));
        telegram.execute(languageCode == null ? request : request.languageCode(languageCode));
    }

    /** The commands with their descriptions in the user's language, for setMyCommands. */
    static BotCommand[] botCommands(List<Command> commands, Texts texts) {
        return commands.stream()
                .map(command -> new BotCommand(command.name(), texts.get("command." + command.name())))
                .toArray(BotCommand[]::new);
    }
}
