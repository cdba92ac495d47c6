package club.lasertag.crm.telegram.chat;

/** How a feature answers the update in hand. */
public interface Replies {

    /** Sends a new message to the chat. */
    void send(Screen screen);

    /** Shows the screen in place of the message whose button was pressed, or sends it if no button was pressed. */
    void show(Screen screen);

    /**
     * Sends a picture as a new message, with {@code caption}'s text (at most 1024 characters, else cut) and buttons
     * under it; a pressed message stays as it is.
     */
    void photo(Upload image, Screen caption);

    /** Sends a file as a new message (the user downloads it), with {@code caption}'s text and buttons. */
    void document(Upload file, Screen caption);

    /** Answers the pressed button with a short notice (or nothing, if {@code text} is null). */
    void notice(String text);
}
