package club.lasertag.crm.telegram.chat;

/** How a feature answers the update in hand. */
public interface Replies {

    /** Sends a new message to the chat. */
    void send(Screen screen);

    /** Shows the screen in place of the message whose button was pressed, or sends it if no button was pressed. */
    void show(Screen screen);

    /** Answers the pressed button with a short notice (or nothing, if {@code text} is null). */
    void notice(String text);
}
