package club.lasertag.crm.botapi;

import java.util.List;
import java.util.Optional;

/** A snapshot of one emulated chat: its messages (deleted ones flagged) and the event history. */
public record ChatView(long chatId, String type, List<ChatMessage> messages, List<ChatEvent> events) {

    public ChatView {
        messages = List.copyOf(messages);
        events = List.copyOf(events);
    }

    /** Messages still shown in the chat, oldest first. */
    public List<ChatMessage> visibleMessages() {
        return messages.stream().filter(message -> !message.deleted()).toList();
    }

    public List<ChatMessage> botMessages() {
        return visibleMessages().stream().filter(ChatMessage::fromBot).toList();
    }

    public Optional<ChatMessage> lastBotMessage() {
        List<ChatMessage> bot = botMessages();
        return bot.isEmpty() ? Optional.empty() : Optional.of(bot.get(bot.size() - 1));
    }

    public Optional<ChatMessage> message(int messageId) {
        return messages.stream().filter(message -> message.messageId() == messageId).findFirst();
    }
}
