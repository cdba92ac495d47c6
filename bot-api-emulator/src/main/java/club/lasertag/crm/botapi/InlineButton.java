package club.lasertag.crm.botapi;

/** One inline keyboard button as the user sees it: a label and either callback data or a URL. */
public record InlineButton(String text, String callbackData, String url) {
}
