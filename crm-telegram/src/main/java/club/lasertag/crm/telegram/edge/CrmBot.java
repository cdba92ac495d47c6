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

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The CRM bot on Telegram: registers its commands, receives updates by long polling ({@link LongPoller}) or from a
 * webhook through {@link #handle}, and hands each to the {@link Router}. A failing update is logged and confirmed, never
 * allowed to stop polling.
 */
public final class CrmBot implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CrmBot.class);

    private final TelegramBot bot;
    private final TelegramGateway telegram;
    private final Router router;
    private volatile UpdateConverter converter = new UpdateConverter("");
    private volatile boolean stopping;
    private LongPoller poller;

    public CrmBot(TelegramBot bot, TelegramGateway telegram, Router router) {
        this.bot = bot;
        this.telegram = telegram;
        this.router = router;
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
     * Starts long polling on a thread of its own (dropping any webhook, which would block it); updates are handled
     * one at a time, in order.
     */
    public synchronized void startPolling() {
        stopping = false;
        telegram.execute(new DeleteWebhook());
        poller = new LongPoller(telegram, this::process);
        poller.start();
    }

    /**
     * Asks Telegram to post updates to {@code url} with {@code secret} in the X-Telegram-Bot-Api-Secret-Token
     * header; the caller serves that URL and passes each update to {@link #handle}.
     *
     * @return whether Telegram accepted the webhook
     */
    public boolean useWebhook(String url, String secret) {
        return telegram.execute(new SetWebhook().url(url).secretToken(secret)).succeeded();
    }

    /** Handles one update (from polling or a webhook); never throws. */
    public void handle(Update update) {
        long started = System.nanoTime();
        try {
            Optional<Incoming> incoming = converter.convert(update);
            if (incoming.isEmpty()) {
                log.info("update {} ignored", update.updateId());
                return;
            }
            router.handle(incoming.get(), new TelegramReplies(telegram, incoming.get()));
            log.info("update {} ({}) handled in {} ms", update.updateId(),
                    incoming.get().content().getClass().getSimpleName(), (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            log.error("update {} failed", update.updateId(), e);
        }
    }

    /**
     * Stops polling after the update in hand and confirms what was handled, so Telegram neither loses an update
     * nor delivers a handled one again; updates not handled yet come again after a restart.
     */
    @Override
    public synchronized void close() {
        stopping = true;
        if (poller != null) {
            poller.close();
            poller = null;
        }
        bot.shutdown();
    }

    /** Handles polled updates in order until closing; returns the id of the last one handled. */
    private int process(List<Update> updates) {
        int lastHandled = LongPoller.NONE;
        for (Update update : updates) {
            if (stopping) {
                break;
            }
            handle(update);
            lastHandled = update.updateId();
        }
        return lastHandled;
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
