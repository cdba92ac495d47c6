package club.lasertag.crm.telegram.edge;

import club.lasertag.crm.chat.outbox.Outbox;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The CRM bot on Telegram: registers its commands, receives updates by long polling ({@link LongPoller}) or from a
 * webhook through {@link #handle}, hands each to the {@link UpdateHandler} (one unit of work: its effects, its
 * "processed" record and its replies in the outbox) and, once that committed, sends its replies
 * ({@link OutboxRelay}). An update is confirmed to Telegram only after its unit of work committed; one that cannot
 * be committed at all (the database is down) is not confirmed, and polling waits a little before asking again.
 * A failing update never stops polling.
 */
public final class CrmBot implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CrmBot.class);

    private final TelegramBot bot;
    private final TelegramGateway telegram;
    private final UpdateHandler handler;
    private final OutboxRelay relay;
    private volatile UpdateConverter converter = new UpdateConverter("");
    private volatile boolean stopping;
    private LongPoller poller;
    /** Updates that could not be committed in a row: how long to wait before polling again. */
    private int uncommitted;

    public CrmBot(TelegramBot bot, TelegramGateway telegram, UpdateHandler handler, Outbox outbox) {
        this.bot = bot;
        this.telegram = telegram;
        this.handler = handler;
        this.relay = new OutboxRelay(telegram, outbox);
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
     * any webhook, which would block it); updates are handled one at a time, in order.
     */
    public synchronized void startPolling() {
        stopping = false;
        relay.start();
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
        relay.start();
        return telegram.execute(new SetWebhook().url(url).secretToken(secret)).succeeded();
    }

    /**
     * Handles one update (from polling or a webhook) and sends its replies; never throws.
     *
     * @return whether it may be confirmed to Telegram: its unit of work committed (or it was handled before, or is
     *         of no concern to the bot); false when nothing could be committed, so Telegram must deliver it again
     */
    public boolean handle(Update update) {
        long started = System.nanoTime();
        Optional<Incoming> incoming;
        try {
            incoming = converter.convert(update);
        } catch (RuntimeException e) {
            log.error("update {} cannot be read; skipped", update.updateId(), e);
            return true;
        }
        if (incoming.isEmpty()) {
            log.info("update {} ignored", update.updateId());
            return true;
        }
        List<Outbox.Entry> replies;
        try {
            replies = handler.handle(incoming.get()); // returns after the commit
        } catch (RuntimeException e) {
            log.error("update {} could not be handled nor recorded; not confirmed, Telegram will deliver it again",
                    update.updateId(), e);
            return false;
        }
        relay.deliver(replies);
        log.info("update {} ({}) handled in {} ms", update.updateId(),
                incoming.get().content().getClass().getSimpleName(), (System.nanoTime() - started) / 1_000_000);
        return true;
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
        relay.close();
        bot.shutdown();
    }

    /**
     * Handles polled updates in order until closing or until one cannot be committed; returns the id of the last one
     * committed, the offset the poller may confirm.
     */
    private int process(List<Update> updates) {
        int lastHandled = LongPoller.NONE;
        for (Update update : updates) {
            if (stopping) {
                break;
            }
            if (!handle(update)) {
                pauseAfterUncommitted();
                break;
            }
            uncommitted = 0;
            lastHandled = update.updateId();
        }
        return lastHandled;
    }

    /** While updates cannot be committed, waits 1, 2, 4 ... up to 30 s before polling for them again. */
    private void pauseAfterUncommitted() {
        uncommitted++;
        long waitMillis = Math.min(30_000L, 1_000L << Math.min(uncommitted - 1, 5));
        long deadline = System.currentTimeMillis() + waitMillis;
        while (!stopping && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(Math.min(100, Math.max(1, deadline - System.currentTimeMillis())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
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
