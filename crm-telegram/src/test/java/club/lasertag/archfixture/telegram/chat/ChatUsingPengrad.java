package club.lasertag.archfixture.telegram.chat;

import com.pengrad.telegrambot.model.Message;

/** Violation: a pengrad type past the edge. */
public final class ChatUsingPengrad {

    public Message message;
}
