package club.lasertag.crm.benchmarks;

import com.pengrad.telegrambot.TelegramBot;
import com.pengrad.telegrambot.UpdatesListener;
import com.pengrad.telegrambot.model.Update;
import com.pengrad.telegrambot.request.GetUpdates;
import com.pengrad.telegrambot.request.SendMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine benchmark's baseline: a bare pengrad bot that answers each text with the same text, polling as the CRM
 * does (pengrad's {@code setUpdatesListener}, 25 s long polls, updates handled one after the other). Whatever the
 * CRM costs above it is the CRM's own.
 *
 * <p>{@code EchoBot <token> <api url>} (the api url ends in {@code /bot}, as pengrad's {@code apiUrl} wants).
 */
public final class EchoBot {

    private static final Logger log = LoggerFactory.getLogger(EchoBot.class);

    private EchoBot() {
    }

    public static void main(String[] args) {
        TelegramBot bot = new TelegramBot.Builder(args[0]).apiUrl(args[1]).build();
        bot.setUpdatesListener(updates -> {
            for (Update update : updates) {
                if (update.message() != null && update.message().text() != null) {
                    bot.execute(new SendMessage(update.message().chat().id(), update.message().text()));
                }
            }
            return UpdatesListener.CONFIRMED_UPDATES_ALL;
        }, e -> log.warn("getUpdates failed: {}", e.getMessage()), new GetUpdates().timeout(25));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            bot.removeGetUpdatesListener();
            bot.shutdown();
        }));
    }
}
