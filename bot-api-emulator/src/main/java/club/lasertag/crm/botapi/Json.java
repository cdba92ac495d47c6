package club.lasertag.crm.botapi;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;

/** Renders the emulator's state as Bot API JSON objects. */
final class Json {

    private Json() {
    }

    static JsonObject user(EmulatedUser user) {
        JsonObject json = new JsonObject();
        json.addProperty("id", user.id());
        json.addProperty("is_bot", false);
        json.addProperty("first_name", user.firstName());
        addIfPresent(json, "last_name", user.lastName());
        addIfPresent(json, "username", user.username());
        addIfPresent(json, "language_code", user.languageCode());
        return json;
    }

    static JsonObject bot(long botId, String firstName, String username) {
        JsonObject json = new JsonObject();
        json.addProperty("id", botId);
        json.addProperty("is_bot", true);
        json.addProperty("first_name", firstName);
        json.addProperty("username", username);
        return json;
    }

    static JsonObject chat(ChatState chat) {
        JsonObject json = new JsonObject();
        json.addProperty("id", chat.id);
        json.addProperty("type", chat.type());
        if (chat.privateUser != null) {
            json.addProperty("first_name", chat.privateUser.firstName());
            addIfPresent(json, "last_name", chat.privateUser.lastName());
            addIfPresent(json, "username", chat.privateUser.username());
        } else {
            json.addProperty("title", "Group " + chat.id);
        }
        return json;
    }

    static JsonObject message(ChatMessage message, ChatState chat, JsonObject from) {
        JsonObject json = new JsonObject();
        json.addProperty("message_id", message.messageId());
        json.add("from", from);
        json.add("chat", chat(chat));
        json.addProperty("date", message.date().getEpochSecond());
        if (message.edited()) {
            json.addProperty("edit_date", java.time.Instant.now().getEpochSecond());
        }
        switch (message.kind()) {
            case TEXT -> {
                json.addProperty("text", message.plainText());
                if (message.plainText().startsWith("/")) {
                    json.add("entities", commandEntity(message.plainText()));
                }
            }
            case PHOTO -> {
                json.add("photo", photoSizes(message.attachment()));
                addIfPresent(json, "caption", message.plainText());
            }
            case DOCUMENT -> {
                json.add("document", document(message.attachment()));
                addIfPresent(json, "caption", message.plainText());
            }
            case STICKER -> json.add("sticker", sticker(message.attachment(), message.text()));
        }
        if (!message.keyboard().isEmpty()) {
            json.add("reply_markup", keyboard(message.keyboard()));
        }
        return json;
    }

    static JsonObject keyboard(List<List<InlineButton>> rows) {
        JsonArray keyboard = new JsonArray();
        for (List<InlineButton> row : rows) {
            JsonArray jsonRow = new JsonArray();
            for (InlineButton button : row) {
                JsonObject jsonButton = new JsonObject();
                jsonButton.addProperty("text", button.text());
                addIfPresent(jsonButton, "callback_data", button.callbackData());
                addIfPresent(jsonButton, "url", button.url());
                jsonRow.add(jsonButton);
            }
            keyboard.add(jsonRow);
        }
        JsonObject markup = new JsonObject();
        markup.add("inline_keyboard", keyboard);
        return markup;
    }

    private static JsonArray commandEntity(String text) {
        int end = text.indexOf(' ');
        JsonObject entity = new JsonObject();
        entity.addProperty("type", "bot_command");
        entity.addProperty("offset", 0);
        entity.addProperty("length", end < 0 ? text.length() : end);
        JsonArray entities = new JsonArray();
        entities.add(entity);
        return entities;
    }

    private static JsonArray photoSizes(Attachment photo) {
        JsonObject size = new JsonObject();
        size.addProperty("file_id", photo.fileId());
        size.addProperty("file_unique_id", uniqueId(photo));
        size.addProperty("width", 800);
        size.addProperty("height", 600);
        size.addProperty("file_size", photo.size());
        JsonArray sizes = new JsonArray();
        sizes.add(size);
        return sizes;
    }

    private static JsonObject document(Attachment document) {
        JsonObject json = new JsonObject();
        json.addProperty("file_id", document.fileId());
        json.addProperty("file_unique_id", uniqueId(document));
        addIfPresent(json, "file_name", document.fileName());
        addIfPresent(json, "mime_type", document.mimeType());
        json.addProperty("file_size", document.size());
        return json;
    }

    private static JsonObject sticker(Attachment sticker, String emoji) {
        JsonObject json = new JsonObject();
        json.addProperty("file_id", sticker.fileId());
        json.addProperty("file_unique_id", uniqueId(sticker));
        json.addProperty("type", "regular");
        json.addProperty("width", 512);
        json.addProperty("height", 512);
        json.addProperty("is_animated", false);
        json.addProperty("is_video", false);
        addIfPresent(json, "emoji", emoji);
        return json;
    }

    private static String uniqueId(Attachment attachment) {
        return "u" + Integer.toHexString(attachment.fileId().hashCode());
    }

    private static void addIfPresent(JsonObject json, String name, String value) {
        if (value != null) {
            json.addProperty(name, value);
        }
    }
}
