package club.lasertag.crm.app.sandbox;

import club.lasertag.crm.botapi.Attachment;
import club.lasertag.crm.botapi.ChatEvent;
import club.lasertag.crm.botapi.ChatMessage;
import club.lasertag.crm.botapi.ChatView;
import club.lasertag.crm.botapi.InlineButton;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The page's view of a chat: what a Telegram client would show, as JSON. */
final class ChatJson {

    /** Served inline; anything else (HTML, SVG, ...) is offered as a download so it cannot run. */
    private static final Set<String> INLINE_IMAGES = Set.of("image/jpeg", "image/png", "image/gif", "image/webp");

    private ChatJson() {
    }

    static JsonObject person(SandboxPerson person) {
        JsonObject json = new JsonObject();
        json.addProperty("id", person.id());
        json.addProperty("name", person.name());
        json.addProperty("languageCode", person.languageCode());
        json.addProperty("description", person.description());
        return json;
    }

    static JsonObject chat(SandboxPerson person, ChatView view) {
        JsonObject json = new JsonObject();
        json.add("person", person(person));
        json.addProperty("chatId", view.chatId());
        json.addProperty("seq", lastSequence(view));
        JsonArray messages = new JsonArray();
        for (ChatMessage message : view.visibleMessages()) {
            messages.add(message(person, message));
        }
        json.add("messages", messages);
        return json;
    }

    static long lastSequence(ChatView view) {
        List<ChatEvent> events = view.events();
        return events.isEmpty() ? 0 : events.get(events.size() - 1).sequence();
    }

    static JsonObject message(SandboxPerson person, ChatMessage message) {
        JsonObject json = new JsonObject();
        json.addProperty("id", message.messageId());
        json.addProperty("sender", message.fromBot() ? "bot" : "user");
        json.addProperty("kind", message.kind().name().toLowerCase(Locale.ROOT));
        json.addProperty("html", SafeHtml.render(message.text(), message.plainText(), message.parseMode()));
        json.addProperty("plainText", message.plainText() == null ? "" : message.plainText());
        json.addProperty("edited", message.edited());
        json.addProperty("editCount", message.editCount());
        json.addProperty("date", message.date().toString());
        json.add("keyboard", keyboard(message.keyboard()));
        message.attachmentIfAny().ifPresent(attachment -> json.add("attachment", attachment(person, message, attachment)));
        return json;
    }

    private static JsonArray keyboard(List<List<InlineButton>> rows) {
        JsonArray keyboard = new JsonArray();
        for (List<InlineButton> row : rows) {
            JsonArray buttons = new JsonArray();
            for (InlineButton button : row) {
                JsonObject json = new JsonObject();
                json.addProperty("text", button.text());
                if (button.callbackData() != null) {
                    json.addProperty("data", button.callbackData());
                }
                if (button.url() != null) {
                    json.addProperty("url", button.url());
                }
                buttons.add(json);
            }
            keyboard.add(buttons);
        }
        return keyboard;
    }

    private static JsonObject attachment(SandboxPerson person, ChatMessage message, Attachment attachment) {
        JsonObject json = new JsonObject();
        json.addProperty("name", displayName(message, attachment));
        json.addProperty("mimeType", attachment.mimeType() == null ? "" : attachment.mimeType());
        json.addProperty("size", attachment.size());
        json.addProperty("image", isInlineImage(message, attachment));
        if (attachment.size() > 0) {
            json.addProperty("url", "/api/attachment?person=" + person.id() + "&message=" + message.messageId());
        } else {
            // sent by file_id or URL: the emulator has no bytes to show
            json.addProperty("reference", attachment.fileId());
        }
        return json;
    }

    static String displayName(ChatMessage message, Attachment attachment) {
        if (attachment.fileName() != null && !attachment.fileName().isBlank()) {
            return attachment.fileName();
        }
        return message.kind() == ChatMessage.Kind.PHOTO ? "photo.jpg" : "file";
    }

    static boolean isInlineImage(ChatMessage message, Attachment attachment) {
        if (attachment.size() == 0) {
            return false;
        }
        String mime = contentType(message, attachment);
        return INLINE_IMAGES.contains(mime);
    }

    /**
     * The content type to serve. A photo's is read from its bytes: clients label every upload
     * {@code image/jpeg} (pengrad does), and Telegram itself re-encodes photos anyway.
     */
    static String contentType(ChatMessage message, Attachment attachment) {
        if (message.kind() == ChatMessage.Kind.PHOTO) {
            return sniffImage(attachment.bytes());
        }
        String mime = attachment.mimeType() == null ? "" : attachment.mimeType().toLowerCase(Locale.ROOT).strip();
        return mime.isEmpty() ? "application/octet-stream" : mime;
    }

    private static String sniffImage(byte[] bytes) {
        if (bytes.length > 3 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
            return "image/png";
        }
        if (bytes.length > 3 && bytes[0] == 'G' && bytes[1] == 'I' && bytes[2] == 'F') {
            return "image/gif";
        }
        if (bytes.length > 11 && bytes[0] == 'R' && bytes[1] == 'I' && bytes[8] == 'W' && bytes[9] == 'E') {
            return "image/webp";
        }
        return "image/jpeg";
    }
}
