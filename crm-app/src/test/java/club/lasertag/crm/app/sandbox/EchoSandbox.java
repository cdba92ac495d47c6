package club.lasertag.crm.app.sandbox;

import club.lasertag.crm.botapi.BotApiEmulator;
import com.pengrad.telegrambot.TelegramBot;
import com.pengrad.telegrambot.UpdatesListener;
import com.pengrad.telegrambot.model.CallbackQuery;
import com.pengrad.telegrambot.model.Message;
import com.pengrad.telegrambot.model.Update;
import com.pengrad.telegrambot.model.BotCommand;
import com.pengrad.telegrambot.model.request.InlineKeyboardButton;
import com.pengrad.telegrambot.model.request.InlineKeyboardMarkup;
import com.pengrad.telegrambot.model.request.ParseMode;
import com.pengrad.telegrambot.request.AnswerCallbackQuery;
import com.pengrad.telegrambot.request.DeleteMessage;
import com.pengrad.telegrambot.request.EditMessageText;
import com.pengrad.telegrambot.request.GetUpdates;
import com.pengrad.telegrambot.request.SendDocument;
import com.pengrad.telegrambot.request.SendMessage;
import com.pengrad.telegrambot.request.SendPhoto;
import com.pengrad.telegrambot.request.SetMyCommands;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;

/**
 * A running sandbox with a tiny echo bot: a real pengrad {@link TelegramBot} on the emulator that
 * answers every text with an HTML message and an inline keyboard and answers a press by editing
 * that message. {@code /photo}, {@code /file} and {@code /delete} exercise attachments and deletion.
 */
final class EchoSandbox implements AutoCloseable {

    static final String PRESS_ANSWER = "Принято";
    static final String ALERT_TEXT = "Это всплывающее окно";
    static final byte[] DOCUMENT = "Заказ №7: арена, 10 игроков\n".getBytes(StandardCharsets.UTF_8);

    final BotApiEmulator emulator;
    final TelegramBot bot;
    final SandboxServer server;
    final byte[] photo = png();
    private final AtomicInteger presses = new AtomicInteger();

    EchoSandbox() {
        emulator = BotApiEmulator.start();
        bot = new TelegramBot.Builder(emulator.token()).apiUrl(emulator.apiUrl()).build();
        bot.execute(new SetMyCommands(
                new BotCommand("client", "Клиенты: найти, добавить, изменить"),
                new BotCommand("order", "Новый заказ"),
                new BotCommand("calendar", "Календарь заказов")));
        bot.setUpdatesListener(updates -> {
            for (Update update : updates) {
                try {
                    handle(update);
                } catch (RuntimeException e) {
                    e.printStackTrace();
                }
            }
            return UpdatesListener.CONFIRMED_UPDATES_ALL;
        }, new GetUpdates().timeout(1));
        server = SandboxServer.start(emulator, SandboxPerson.defaults(), "127.0.0.1", 0);
    }

    String url() {
        return server.url();
    }

    private void handle(Update update) {
        if (update.message() != null && update.message().text() != null) {
            answerText(update.message());
        } else if (update.callbackQuery() != null) {
            answerPress(update.callbackQuery());
        }
    }

    private void answerText(Message message) {
        long chatId = message.chat().id();
        String text = message.text();
        switch (text) {
            case "/photo" -> bot.execute(new SendPhoto(chatId, photo)
                    .caption("Схема <b>арены</b>").parseMode(ParseMode.HTML));
            case "/file" -> bot.execute(new SendDocument(chatId, DOCUMENT).fileName("заказ.txt"));
            case "/delete" -> {
                bot.execute(new DeleteMessage(chatId, message.messageId()));
                bot.execute(new SendMessage(chatId, "Удалил ваше сообщение"));
            }
            default -> {
                int n = presses.incrementAndGet();
                bot.execute(new SendMessage(chatId, "Вы написали: <b>" + escape(text) + "</b>\nЧто дальше?")
                        .parseMode(ParseMode.HTML)
                        .replyMarkup(new InlineKeyboardMarkup(
                                new InlineKeyboardButton[] {new InlineKeyboardButton("Нажми меня").callbackData("press:" + n)},
                                new InlineKeyboardButton[] {
                                    new InlineKeyboardButton("Всплывашка").callbackData("alert"),
                                    new InlineKeyboardButton("Сайт").url("https://example.org/")})));
            }
        }
    }

    private void answerPress(CallbackQuery query) {
        String data = query.data();
        var message = query.maybeInaccessibleMessage();
        if (data.equals("alert")) {
            bot.execute(new AnswerCallbackQuery(query.id()).text(ALERT_TEXT).showAlert(true));
            return;
        }
        // edit first, then answer: the sandbox's press returns once answered, so tests see the edit
        bot.execute(new EditMessageText(message.chat().id(), message.messageId(),
                "Кнопка нажата: <i>" + escape(data) + "</i> ✔")
                .parseMode(ParseMode.HTML)
                .replyMarkup(new InlineKeyboardMarkup(new InlineKeyboardButton("Ещё раз").callbackData("again"))));
        bot.execute(new AnswerCallbackQuery(query.id()).text(PRESS_ANSWER));
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static byte[] png() {
        BufferedImage image = new BufferedImage(240, 120, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x2e7d32));
        g.fillRect(0, 0, 240, 120);
        g.setColor(new Color(0xffca28));
        g.fillOval(90, 30, 60, 60);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    List<SandboxPerson> persons() {
        return server.persons();
    }

    @Override
    public void close() {
        bot.removeGetUpdatesListener();
        bot.shutdown();
        server.close();
        emulator.close();
    }
}
