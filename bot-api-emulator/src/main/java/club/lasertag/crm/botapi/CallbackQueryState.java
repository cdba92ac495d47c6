package club.lasertag.crm.botapi;

/**
 * A button press the emulated user made and whether the bot answered it with
 * {@code answerCallbackQuery} (without that, a real client shows a spinner).
 */
public record CallbackQueryState(
        String id,
        long userId,
        long chatId,
        int messageId,
        String data,
        boolean answered,
        String answerText,
        boolean showAlert) {

    CallbackQueryState answer(String text, boolean alert) {
        return new CallbackQueryState(id, userId, chatId, messageId, data, true, text, alert);
    }
}
