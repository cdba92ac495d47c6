package club.lasertag.crm.telegram.edge;

import club.lasertag.crm.telegram.chat.Incoming;
import club.lasertag.crm.telegram.chat.Sender;
import com.pengrad.telegrambot.model.CallbackQuery;
import com.pengrad.telegrambot.model.Chat;
import com.pengrad.telegrambot.model.Message;
import com.pengrad.telegrambot.model.Update;
import com.pengrad.telegrambot.model.User;

import java.util.Locale;
import java.util.Optional;

/** Turns pengrad's updates into the bot's {@link Incoming}: the one place that reads Telegram's types. */
final class UpdateConverter {

    private final String botUsername;

    /** @param botUsername the bot's own username, to tell {@code /start@ThisBot} from {@code /start@OtherBot} */
    UpdateConverter(String botUsername) {
        this.botUsername = botUsername == null ? "" : botUsername;
    }

    /** The update in the bot's terms, or empty for what the bot ignores (edits, channel posts, member changes). */
    Optional<Incoming> convert(Update update) {
        if (update.callbackQuery() != null) {
            return press(update.updateId(), update.callbackQuery());
        }
        Message message = update.message();
        if (message == null || message.from() == null || message.chat() == null) {
            return Optional.empty();
        }
        return Optional.of(new Incoming(update.updateId(), message.chat().id(),
                message.chat().type() == Chat.Type.Private, sender(message.from()), content(message)));
    }

    private Optional<Incoming> press(long updateId, CallbackQuery query) {
        if (query.from() == null) {
            return Optional.empty();
        }
        var message = query.maybeInaccessibleMessage();
        if (message == null || message.chat() == null) {
            // A button under an inline-mode message: nothing of ours; answer it so the client stops spinning.
            return Optional.of(new Incoming(updateId, query.from().id(), true, sender(query.from()),
                    new Incoming.Unsupported(Incoming.Unsupported.INLINE_BUTTON, query.id())));
        }
        Incoming.Content content = query.data() == null
                ? new Incoming.Unsupported("button-without-data", query.id())
                : new Incoming.Press(query.id(), message.messageId(), query.data());
        return Optional.of(new Incoming(updateId, message.chat().id(), message.chat().type() == Chat.Type.Private,
                sender(query.from()), content));
    }

    private Incoming.Content content(Message message) {
        String text = message.text();
        if (text == null) {
            return new Incoming.Unsupported(message.sticker() != null ? "sticker"
                    : message.photo() != null ? "photo"
                    : message.document() != null ? "document" : "other", null);
        }
        return text.startsWith("/") ? command(text) : new Incoming.Text(text);
    }

    private Incoming.Command command(String text) {
        int space = indexOfWhitespace(text);
        String head = space < 0 ? text.substring(1) : text.substring(1, space);
        String args = space < 0 ? "" : text.substring(space + 1).strip();
        int at = head.indexOf('@');
        boolean forOtherBot = at >= 0 && !botUsername.isEmpty() && !head.substring(at + 1).equalsIgnoreCase(botUsername);
        String name = (at >= 0 ? head.substring(0, at) : head).toLowerCase(Locale.ROOT);
        return new Incoming.Command(name, args, forOtherBot);
    }

    private static int indexOfWhitespace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static Sender sender(User user) {
        String language = user.languageCode() == null ? "ru" : user.languageCode();
        return new Sender(user.id(), user.firstName() == null ? "" : user.firstName(),
                user.lastName() == null ? "" : user.lastName(), user.username() == null ? "" : user.username(), Locale.forLanguageTag(language));
    }
}
