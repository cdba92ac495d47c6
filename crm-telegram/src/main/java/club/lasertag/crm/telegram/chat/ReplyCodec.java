package club.lasertag.crm.telegram.chat;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A {@link Reply} as the outbox's payload: one JSON object, versioned ({@code "v":1}) so that a newer bot can still
 * send what an older one left behind, or recognise what it cannot read.
 * <pre>
 * {"v":1,"type":"send","html":"...","keyboard":[[{"text":"...","data":"..."}]]}
 * {"v":1,"type":"show","message_id":42,"html":"...","keyboard":[]}
 * {"v":1,"type":"notice","callback_id":"...","text":"..."}     (text absent: an empty answer)
 * {"v":1,"type":"photo","file_name":"day.png","mime_type":"image/png","bytes":"iVBORw0...","html":"...","keyboard":[]}
 * {"v":1,"type":"document","file_name":"clients.csv","mime_type":"text/csv","bytes":"77u/...","html":"...","keyboard":[]}
 * </pre>
 * A file's bytes travel in the payload, in base64 (a third more than the bytes): the outbox row is the only copy
 * until Telegram has it, so a reply left by a crash can still be sent.
 * Buttons keep their label and callback data only: the screen was already fitted to the role that sees it.
 */
public final class ReplyCodec {

    static final int VERSION = 1;

    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    /** The payload for {@code reply}. */
    public String encode(Reply reply) {
        JsonObject json = new JsonObject();
        json.addProperty("v", VERSION);
        if (reply instanceof Reply.Send send) {
            json.addProperty("type", "send");
            screen(json, send.screen());
        } else if (reply instanceof Reply.Show show) {
            json.addProperty("type", "show");
            json.addProperty("message_id", show.messageId());
            screen(json, show.screen());
        } else if (reply instanceof Reply.Photo photo) {
            json.addProperty("type", "photo");
            upload(json, photo.image());
            screen(json, photo.caption());
        } else if (reply instanceof Reply.Document document) {
            json.addProperty("type", "document");
            upload(json, document.file());
            screen(json, document.caption());
        } else if (reply instanceof Reply.Notice notice) {
            json.addProperty("type", "notice");
            json.addProperty("callback_id", notice.callbackId());
            if (notice.text() != null) {
                json.addProperty("text", notice.text());
            }
        }
        return GSON.toJson(json);
    }

    /**
     * The reply in {@code payload}.
     *
     * @throws IllegalArgumentException if it is not a reply this codec wrote (another version, or not JSON at all)
     */
    public Reply decode(String payload) {
        try {
            JsonObject json = JsonParser.parseString(payload).getAsJsonObject();
            int version = json.get("v").getAsInt();
            if (version != VERSION) {
                throw new IllegalArgumentException("a reply of version " + version + "; this bot reads version " + VERSION);
            }
            String type = json.get("type").getAsString();
            return switch (type) {
                case "send" -> new Reply.Send(screen(json));
                case "show" -> new Reply.Show(json.get("message_id").getAsInt(), screen(json));
                case "notice" -> new Reply.Notice(json.get("callback_id").getAsString(),
                        json.has("text") ? json.get("text").getAsString() : null);
                case "photo" -> new Reply.Photo(upload(json), screen(json));
                case "document" -> new Reply.Document(upload(json), screen(json));
                default -> throw new IllegalArgumentException("a reply of unknown type " + type);
            };
        } catch (JsonParseException | IllegalStateException | NullPointerException | UnsupportedOperationException e) {
            throw new IllegalArgumentException("not a reply payload: " + e.getMessage(), e);
        }
    }

    private static void upload(JsonObject json, Upload upload) {
        json.addProperty("file_name", upload.fileName());
        json.addProperty("mime_type", upload.mimeType());
        json.addProperty("bytes", Base64.getEncoder().encodeToString(upload.bytes()));
    }

    private static Upload upload(JsonObject json) {
        return new Upload(json.get("file_name").getAsString(), json.get("mime_type").getAsString(),
                Base64.getDecoder().decode(json.get("bytes").getAsString()));
    }

    private static void screen(JsonObject json, Screen screen) {
        json.addProperty("html", screen.html());
        JsonArray rows = new JsonArray();
        for (List<Button> row : screen.keyboard()) {
            JsonArray buttons = new JsonArray();
            for (Button button : row) {
                JsonObject item = new JsonObject();
                item.addProperty("text", button.label());
                item.addProperty("data", button.data());
                buttons.add(item);
            }
            rows.add(buttons);
        }
        json.add("keyboard", rows);
    }

    private static Screen screen(JsonObject json) {
        List<List<Button>> rows = new ArrayList<>();
        for (JsonElement row : json.getAsJsonArray("keyboard")) {
            List<Button> buttons = new ArrayList<>();
            for (JsonElement element : row.getAsJsonArray()) {
                JsonObject item = element.getAsJsonObject();
                buttons.add(new Button(item.get("text").getAsString(), item.get("data").getAsString()));
            }
            rows.add(buttons);
        }
        return new Screen(json.get("html").getAsString(), rows);
    }
}
