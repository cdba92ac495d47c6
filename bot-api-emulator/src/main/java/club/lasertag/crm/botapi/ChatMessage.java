package club.lasertag.crm.botapi;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One message of an emulated chat in its current state, as the user sees it.
 *
 * @param text the raw text or caption as sent (with HTML markup when {@code parseMode} is HTML)
 * @param plainText the text as displayed, markup removed and entities decoded
 * @param keyboard inline keyboard rows; empty when there is none
 * @param editCount how many times the bot edited the text or keyboard
 * @param previousTexts the raw texts before each text edit, oldest first
 */
public record ChatMessage(
        long chatId,
        int messageId,
        Sender sender,
        long fromUserId,
        Kind kind,
        String text,
        String plainText,
        String parseMode,
        List<List<InlineButton>> keyboard,
        Attachment attachment,
        Instant date,
        int editCount,
        List<String> previousTexts,
        boolean deleted) {

    public enum Sender { BOT, USER }

    public enum Kind { TEXT, PHOTO, DOCUMENT, STICKER }

    public ChatMessage {
        keyboard = keyboard.stream().map(List::copyOf).toList();
        previousTexts = List.copyOf(previousTexts);
    }

    public boolean fromBot() {
        return sender == Sender.BOT;
    }

    public boolean edited() {
        return editCount > 0;
    }

    public Optional<Attachment> attachmentIfAny() {
        return Optional.ofNullable(attachment);
    }

    /** All buttons, row by row. */
    public List<InlineButton> buttons() {
        return keyboard.stream().flatMap(List::stream).toList();
    }

    /** The callback data of the first button with this exact label. */
    public Optional<String> callbackDataOf(String buttonText) {
        return buttons().stream()
                .filter(button -> button.text().equals(buttonText))
                .map(InlineButton::callbackData)
                .findFirst();
    }

    ChatMessage edit(String newText, String newPlainText, String newParseMode, List<List<InlineButton>> newKeyboard) {
        List<String> history = previousTexts;
        if (!java.util.Objects.equals(newText, text)) {
            history = new java.util.ArrayList<>(previousTexts);
            history.add(text);
        }
        return new ChatMessage(chatId, messageId, sender, fromUserId, kind, newText, newPlainText, newParseMode,
                newKeyboard, attachment, date, editCount + 1, history, deleted);
    }

    ChatMessage markDeleted() {
        return new ChatMessage(chatId, messageId, sender, fromUserId, kind, text, plainText, parseMode,
                keyboard, attachment, date, editCount, previousTexts, true);
    }
}
