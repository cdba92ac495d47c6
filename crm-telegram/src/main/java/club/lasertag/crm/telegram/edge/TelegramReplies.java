package club.lasertag.crm.telegram.edge;

import club.lasertag.crm.telegram.chat.Button;
import club.lasertag.crm.telegram.chat.Reply;
import club.lasertag.crm.telegram.chat.Screen;
import club.lasertag.crm.telegram.edge.gateway.TelegramGateway;
import club.lasertag.crm.telegram.edge.gateway.TelegramResult;
import com.pengrad.telegrambot.model.LinkPreviewOptions;
import com.pengrad.telegrambot.model.request.InlineKeyboardButton;
import com.pengrad.telegrambot.model.request.InlineKeyboardMarkup;
import com.pengrad.telegrambot.model.request.ParseMode;
import com.pengrad.telegrambot.request.AnswerCallbackQuery;
import com.pengrad.telegrambot.request.EditMessageText;
import com.pengrad.telegrambot.request.SendDocument;
import com.pengrad.telegrambot.request.SendMessage;
import com.pengrad.telegrambot.request.SendPhoto;

import java.util.List;

/** Sends a {@link Reply} as Bot API calls through the gateway, and says whether it is done. */
final class TelegramReplies {

    /** What became of a reply. */
    enum Delivery {
        /** Telegram shows it (or it changed nothing: "message is not modified"). */
        DONE,
        /** Telegram refused it for good (a 4xx other than 429, e.g. a callback query too old): resending changes nothing. */
        REFUSED,
        /** Not done, or not known to be done (no answer, 5xx, flood wait over the budget): to be sent again later. */
        RETRY
    }

    private final TelegramGateway telegram;

    TelegramReplies(TelegramGateway telegram) {
        this.telegram = telegram;
    }

    Delivery deliver(long chatId, Reply reply) {
        if (reply instanceof Reply.Send send) {
            return delivery(send(chatId, send.screen()));
        }
        if (reply instanceof Reply.Show show) {
            return show(chatId, show);
        }
        if (reply instanceof Reply.Photo photo) {
            return delivery(telegram.execute(photo(chatId, photo)));
        }
        if (reply instanceof Reply.Document document) {
            return delivery(telegram.execute(document(chatId, document)));
        }
        Reply.Notice notice = (Reply.Notice) reply;
        AnswerCallbackQuery answer = new AnswerCallbackQuery(notice.callbackId());
        return delivery(telegram.execute(notice.text() == null ? answer : answer.text(notice.text())));
    }

    private Delivery show(long chatId, Reply.Show show) {
        Screen screen = show.screen();
        TelegramResult<?> edit = telegram.execute(new EditMessageText(chatId, show.messageId(), screen.html())
                .parseMode(ParseMode.HTML)
                .linkPreviewOptions(new LinkPreviewOptions().isDisabled(true))
                .replyMarkup(keyboard(screen.keyboard())));
        if (edit.messageCannotBeEdited()) {
            // Deleted or too old to edit: the user still gets the screen. Only on Telegram's definite word: after
            // an edit with an unknown outcome (which may have landed) a new message could show the screen twice.
            return delivery(send(chatId, screen));
        }
        return delivery(edit);
    }

    private TelegramResult<?> send(long chatId, Screen screen) {
        return telegram.execute(new SendMessage(chatId, screen.html())
                .parseMode(ParseMode.HTML)
                .linkPreviewOptions(new LinkPreviewOptions().isDisabled(true))
                .replyMarkup(keyboard(screen.keyboard())));
    }

    /** pengrad sends byte[] content as multipart/form-data, with the file's name and type. */
    private static SendPhoto photo(long chatId, Reply.Photo photo) {
        SendPhoto request = new SendPhoto(chatId, photo.image().bytes())
                .fileName(photo.image().fileName())
                .contentType(photo.image().mimeType());
        Screen caption = photo.caption();
        if (!caption.html().isEmpty()) {
            request.caption(caption.html()).parseMode(ParseMode.HTML);
        }
        if (!caption.keyboard().isEmpty()) {
            request.replyMarkup(keyboard(caption.keyboard()));
        }
        return request;
    }

    private static SendDocument document(long chatId, Reply.Document document) {
        SendDocument request = new SendDocument(chatId, document.file().bytes())
                .fileName(document.file().fileName())
                .contentType(document.file().mimeType());
        Screen caption = document.caption();
        if (!caption.html().isEmpty()) {
            request.caption(caption.html()).parseMode(ParseMode.HTML);
        }
        if (!caption.keyboard().isEmpty()) {
            request.replyMarkup(keyboard(caption.keyboard()));
        }
        return request;
    }

    private static Delivery delivery(TelegramResult<?> result) {
        if (result.succeeded()) {
            return Delivery.DONE;
        }
        if (result.status() == TelegramResult.Status.FAILED && result.errorCode() >= 400 && result.errorCode() < 500
                && result.errorCode() != 429) {
            return Delivery.REFUSED;
        }
        return Delivery.RETRY;
    }

    private static InlineKeyboardMarkup keyboard(List<List<Button>> rows) {
        InlineKeyboardMarkup markup = new InlineKeyboardMarkup();
        for (List<Button> row : rows) {
            markup.addRow(row.stream()
                    .map(button -> new InlineKeyboardButton(button.label()).callbackData(button.data()))
                    .toArray(InlineKeyboardButton[]::new));
        }
        return markup;
    }
}
