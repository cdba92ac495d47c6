package club.lasertag.crm.telegram.edge;

import club.lasertag.crm.telegram.chat.Button;
import club.lasertag.crm.telegram.chat.Incoming;
import club.lasertag.crm.telegram.chat.Replies;
import club.lasertag.crm.telegram.chat.Screen;
import club.lasertag.crm.telegram.edge.gateway.TelegramGateway;
import club.lasertag.crm.telegram.edge.gateway.TelegramResult;
import com.pengrad.telegrambot.model.LinkPreviewOptions;
import com.pengrad.telegrambot.model.request.InlineKeyboardButton;
import com.pengrad.telegrambot.model.request.InlineKeyboardMarkup;
import com.pengrad.telegrambot.model.request.ParseMode;
import com.pengrad.telegrambot.request.AnswerCallbackQuery;
import com.pengrad.telegrambot.request.EditMessageText;
import com.pengrad.telegrambot.request.SendMessage;

import java.util.List;

/** {@link Replies} for one update, as Bot API calls through the gateway. */
final class TelegramReplies implements Replies {

    private final TelegramGateway telegram;
    private final long chatId;
    private final Integer pressedMessageId;
    private final String callbackId;
    private boolean noticed;

    TelegramReplies(TelegramGateway telegram, Incoming incoming) {
        this.telegram = telegram;
        this.chatId = incoming.chatId();
        if (incoming.content() instanceof Incoming.Press press) {
            this.pressedMessageId = press.messageId();
            this.callbackId = press.callbackId();
        } else {
            this.pressedMessageId = null;
            this.callbackId = incoming.content() instanceof Incoming.Unsupported other ? other.callbackIdOrNull() : null;
        }
    }

    @Override
    public void send(Screen screen) {
        telegram.execute(new SendMessage(chatId, screen.html())
                .parseMode(ParseMode.HTML)
                .linkPreviewOptions(new LinkPreviewOptions().isDisabled(true))
                .replyMarkup(keyboard(screen.keyboard())));
    }

    @Override
    public void show(Screen screen) {
        if (pressedMessageId == null) {
            send(screen);
            return;
        }
        TelegramResult<?> edit = telegram.execute(new EditMessageText(chatId, pressedMessageId, screen.html())
                .parseMode(ParseMode.HTML)
                .linkPreviewOptions(new LinkPreviewOptions().isDisabled(true))
                .replyMarkup(keyboard(screen.keyboard())));
        if (edit.messageCannotBeEdited()) {
            // Deleted or too old to edit: the user still gets the screen. Only on Telegram's definite word: after
            // an edit with an unknown outcome (which may have landed) a new message could show the screen twice.
            send(screen);
        }
    }

    @Override
    public void notice(String text) {
        if (callbackId == null || noticed) {
            return;
        }
        noticed = true;
        AnswerCallbackQuery answer = new AnswerCallbackQuery(callbackId);
        telegram.execute(text == null ? answer : answer.text(text));
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
