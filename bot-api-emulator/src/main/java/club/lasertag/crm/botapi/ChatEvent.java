package club.lasertag.crm.botapi;

/**
 * Something that happened in an emulated chat, in order. {@code message} is the state right after
 * the event. {@code sequence} orders events across all chats.
 */
public record ChatEvent(long sequence, Type type, ChatMessage message) {

    public enum Type { SENT, EDITED, DELETED }
}
