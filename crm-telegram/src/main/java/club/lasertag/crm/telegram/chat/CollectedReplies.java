package club.lasertag.crm.telegram.chat;

import java.util.ArrayList;
import java.util.List;

/**
 * {@link Replies} that only collect what the features answer, as {@link Reply} data, to be written to the outbox in
 * the update's unit of work. Resolves what the Bot API calls will need: showing a screen with no pressed message is
 * sending it; a press is answered once, and only a press (or another update with a callback query) is answered.
 */
public final class CollectedReplies implements Replies {

    private final long chatId;
    private final Integer pressedMessageId;
    private final String callbackId;
    private final List<Reply> replies = new ArrayList<>();
    private boolean noticed;

    public CollectedReplies(Incoming incoming) {
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
        replies.add(new Reply.Send(screen));
    }

    @Override
    public void show(Screen screen) {
        replies.add(pressedMessageId == null ? new Reply.Send(screen) : new Reply.Show(pressedMessageId, screen));
    }

    @Override
    public void photo(Upload image, Screen caption) {
        replies.add(new Reply.Photo(image, caption));
    }

    @Override
    public void document(Upload file, Screen caption) {
        replies.add(new Reply.Document(file, caption));
    }

    @Override
    public void notice(String text) {
        if (callbackId == null || noticed) {
            return;
        }
        noticed = true;
        replies.add(new Reply.Notice(callbackId, text));
    }

    /** The chat the replies go to. */
    public long chatId() {
        return chatId;
    }

    /**
     * What was answered, the answer to the press first: Telegram drops an answer to a callback query after about
     * 15 seconds, and a spinning button is what the user looks at; the messages follow in the order given.
     */
    public List<Reply> replies() {
        List<Reply> ordered = new ArrayList<>(replies.size());
        replies.stream().filter(Reply.Notice.class::isInstance).forEach(ordered::add);
        replies.stream().filter(reply -> !(reply instanceof Reply.Notice)).forEach(ordered::add);
        return List.copyOf(ordered);
    }
}
