package club.lasertag.crm.telegram.chat;

/**
 * One Telegram update in the bot's own terms, converted at the edge so nothing past it sees pengrad types.
 *
 * @param updateId    Telegram's update id, for at-most-once handling
 * @param chatId      the chat to answer in
 * @param privateChat whether it is a one-to-one chat with the bot
 * @param from        who sent it
 * @param content     what was sent
 */
public record Incoming(long updateId, long chatId, boolean privateChat, Sender from, Content content) {

    /** What an update carries. */
    public sealed interface Content {
    }

    /**
     * A command such as {@code /client Иванов}: name {@code client}, arguments {@code Иванов}.
     *
     * @param forOtherBot addressed to another bot ({@code /start@OtherBot})
     */
    public record Command(String name, String args, boolean forOtherBot) implements Content {
    }

    /** Plain text. */
    public record Text(String text) implements Content {
    }

    /** A press on an inline button of the bot's message {@code messageId}. */
    public record Press(String callbackId, int messageId, String data) implements Content {
    }

    /** Anything else: a sticker, a photo, an edited message; a press without usable data has a callback id. */
    public record Unsupported(String kind, String callbackIdOrNull) implements Content {

        /** A press on a button under an inline-mode message: it has no chat of the bot's, only the press. */
        public static final String INLINE_BUTTON = "inline-button";
    }
}
