package club.lasertag.crm.botapi;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/** The bot's side of the Bot API: one handler per method, with Telegram's limits and errors. */
final class BotApiMethods {

    static final int MAX_TEXT = 4096;
    static final int MAX_CAPTION = 1024;
    static final int MAX_CALLBACK_DATA_BYTES = 64;
    /** The notification or alert of answerCallbackQuery: 0-200 characters. */
    static final int MAX_CALLBACK_ANSWER = 200;
    private static final int MAX_POLL_TIMEOUT_SECONDS = 50;
    private static final Pattern COMMAND = Pattern.compile("[a-z0-9_]{1,32}");
    private static final String NOT_MODIFIED = "message is not modified: specified new message content and reply "
            + "markup are exactly the same as a current content and reply markup of the message";

    private final Emulation emulation;
    private final long botId;
    private final String botName;
    private final String botUsername;

    BotApiMethods(Emulation emulation, long botId, String botName, String botUsername) {
        this.emulation = emulation;
        this.botId = botId;
        this.botName = botName;
        this.botUsername = botUsername;
    }

    JsonObject botJson() {
        return Json.bot(botId, botName, botUsername);
    }

    /** Runs a method; {@code method} is lower-case (Telegram's method names are case-insensitive). */
    JsonElement call(String method, RequestParams params) throws InterruptedException {
        if (method.equals("getupdates")) {
            return getUpdates(params);
        }
        return emulation.change(() -> switch (method) {
            case "getme" -> getMe();
            case "sendmessage" -> sendMessage(params);
            case "editmessagetext" -> editMessageText(params);
            case "editmessagereplymarkup" -> editMessageReplyMarkup(params);
            case "deletemessage" -> deleteMessage(params);
            case "answercallbackquery" -> answerCallbackQuery(params);
            case "setmycommands" -> setMyCommands(params);
            case "getmycommands" -> getMyCommands(params);
            case "deletemycommands" -> deleteMyCommands(params);
            case "sendphoto" -> sendMedia(params, ChatMessage.Kind.PHOTO, "photo");
            case "senddocument" -> sendMedia(params, ChatMessage.Kind.DOCUMENT, "document");
            case "sendchataction" -> sendChatAction(params);
            case "setwebhook" -> setWebhook(params);
            case "deletewebhook" -> deleteWebhook(params);
            case "getwebhookinfo" -> getWebhookInfo();
            default -> throw ApiError.notFound();
        });
    }

    private JsonElement getUpdates(RequestParams params) throws InterruptedException {
        if (emulation.read(() -> !emulation.webhookUrl.isEmpty())) {
            throw new ApiError(409, "Conflict: can't use getUpdates method while webhook is active; "
                    + "use deleteWebhook to delete the webhook first", null);
        }
        int offset = params.intOr("offset", 0);
        int limit = Math.max(1, Math.min(100, params.intOr("limit", 100)));
        int timeout = Math.max(0, Math.min(MAX_POLL_TIMEOUT_SECONDS, params.intOr("timeout", 0)));
        return emulation.pollUpdates(offset, limit, Duration.ofSeconds(timeout));
    }

    private JsonElement getMe() {
        JsonObject me = botJson();
        me.addProperty("can_join_groups", true);
        me.addProperty("can_read_all_group_messages", false);
        me.addProperty("supports_inline_queries", false);
        return me;
    }

    private JsonElement sendMessage(RequestParams params) {
        ChatState chat = chat(params);
        String text = params.get("text").orElse("");
        String parseMode = parseMode(params);
        String plain = visibleText(text, parseMode);
        if (plain.isBlank()) {
            throw ApiError.badRequest("message text is empty");
        }
        if (plain.length() > MAX_TEXT) {
            throw ApiError.badRequest("message is too long");
        }
        List<List<InlineButton>> keyboard = keyboard(params);
        ChatMessage message = new ChatMessage(chat.id, chat.nextMessageId(), ChatMessage.Sender.BOT, botId,
                ChatMessage.Kind.TEXT, text, plain, parseMode, keyboard, null, Emulation.now(), 0, List.of(), false);
        emulation.append(chat, message);
        return Json.message(message, chat, botJson());
    }

    private JsonElement sendMedia(RequestParams params, ChatMessage.Kind kind, String field) {
        ChatState chat = chat(params);
        Attachment attachment = params.file(field)
                .or(() -> params.get(field).filter(value -> !value.isBlank()).map(Attachment::reference))
                .orElseThrow(() -> ApiError.badRequest("there is no " + field + " in the request"));
        String caption = params.get("caption").orElse(null);
        String parseMode = parseMode(params);
        String plainCaption = caption == null ? null : visibleText(caption, parseMode);
        if (plainCaption != null && plainCaption.length() > MAX_CAPTION) {
            throw ApiError.badRequest("message caption is too long");
        }
        List<List<InlineButton>> keyboard = keyboard(params);
        ChatMessage message = new ChatMessage(chat.id, chat.nextMessageId(), ChatMessage.Sender.BOT, botId, kind,
                caption, plainCaption, parseMode, keyboard, attachment, Emulation.now(), 0, List.of(), false);
        emulation.append(chat, message);
        return Json.message(message, chat, botJson());
    }

    private JsonElement editMessageText(RequestParams params) {
        ChatState chat = chat(params);
        ChatMessage message = botMessageToEdit(chat, params);
        if (message.kind() != ChatMessage.Kind.TEXT) {
            throw ApiError.badRequest("there is no text in the message to edit");
        }
        String text = params.get("text").orElse("");
        String parseMode = parseMode(params);
        String plain = visibleText(text, parseMode);
        if (plain.isBlank()) {
            throw ApiError.badRequest("message text is empty");
        }
        if (plain.length() > MAX_TEXT) {
            throw ApiError.badRequest("message is too long");
        }
        // Like Telegram: an edit without reply_markup removes the inline keyboard.
        List<List<InlineButton>> keyboard = keyboard(params);
        if (plain.equals(message.plainText()) && Objects.equals(text, message.text())
                && keyboard.equals(message.keyboard())) {
            throw ApiError.badRequest(NOT_MODIFIED);
        }
        ChatMessage edited = message.edit(text, plain, parseMode, keyboard);
        chat.replace(edited);
        emulation.record(chat, ChatEvent.Type.EDITED, edited);
        return Json.message(edited, chat, botJson());
    }

    private JsonElement editMessageReplyMarkup(RequestParams params) {
        ChatState chat = chat(params);
        ChatMessage message = botMessageToEdit(chat, params);
        List<List<InlineButton>> keyboard = keyboard(params);
        if (keyboard.equals(message.keyboard())) {
            throw ApiError.badRequest(NOT_MODIFIED);
        }
        ChatMessage edited = message.edit(message.text(), message.plainText(), message.parseMode(), keyboard);
        chat.replace(edited);
        emulation.record(chat, ChatEvent.Type.EDITED, edited);
        return Json.message(edited, chat, botJson());
    }

    private ChatMessage botMessageToEdit(ChatState chat, RequestParams params) {
        int messageId = (int) params.requireLong("message_id");
        ChatMessage message = chat.find(messageId).filter(found -> !found.deleted())
                .orElseThrow(() -> ApiError.badRequest("message to edit not found"));
        if (!message.fromBot()) {
            throw ApiError.badRequest("message can't be edited");
        }
        return message;
    }

    private JsonElement deleteMessage(RequestParams params) {
        ChatState chat = chat(params);
        int messageId = (int) params.requireLong("message_id");
        ChatMessage message = chat.find(messageId).filter(found -> !found.deleted())
                .orElseThrow(() -> ApiError.badRequest("message to delete not found"));
        ChatMessage deleted = message.markDeleted();
        chat.replace(deleted);
        emulation.record(chat, ChatEvent.Type.DELETED, deleted);
        return new JsonPrimitive(true);
    }

    private JsonElement answerCallbackQuery(RequestParams params) {
        String id = params.require("callback_query_id");
        String text = params.get("text").orElse(null);
        if (text != null && text.length() > MAX_CALLBACK_ANSWER) {
            throw ApiError.badRequest("MESSAGE_TOO_LONG");
        }
        emulation.answerCallback(id, text, params.flag("show_alert"));
        return new JsonPrimitive(true);
    }

    private JsonElement setMyCommands(RequestParams params) {
        JsonArray commands = parseJson(params.require("commands"), "can't parse commands JSON array").getAsJsonArray();
        JsonArray stored = new JsonArray();
        for (JsonElement element : commands) {
            JsonObject command = element.getAsJsonObject();
            String name = command.has("command") ? command.get("command").getAsString() : "";
            String description = command.has("description") ? command.get("description").getAsString() : "";
            if (!COMMAND.matcher(name).matches()) {
                throw ApiError.badRequest("BOT_COMMAND_INVALID");
            }
            if (description.isBlank() || description.length() > 256) {
                throw ApiError.badRequest("command description is empty or too long");
            }
            JsonObject copy = new JsonObject();
            copy.addProperty("command", name);
            copy.addProperty("description", description);
            stored.add(copy);
        }
        emulation.commands.put(commandsKey(params), stored);
        return new JsonPrimitive(true);
    }

    private JsonElement getMyCommands(RequestParams params) {
        JsonArray commands = emulation.commands.get(commandsKey(params));
        return commands == null ? new JsonArray() : commands.deepCopy();
    }

    private JsonElement deleteMyCommands(RequestParams params) {
        emulation.commands.remove(commandsKey(params));
        return new JsonPrimitive(true);
    }

    static String commandsKey(RequestParams params) {
        String scope = params.get("scope")
                .map(json -> parseJson(json, "can't parse scope JSON object").getAsJsonObject())
                .map(object -> object.toString())
                .orElse("{\"type\":\"default\"}");
        return commandsKey(scope, params.get("language_code").orElse(""));
    }

    static String commandsKey(String scopeJson, String languageCode) {
        JsonObject scope = JsonParser.parseString(scopeJson).getAsJsonObject();
        return scope.get("type").getAsString() + scope.entrySet().stream()
                .filter(entry -> !entry.getKey().equals("type"))
                .map(entry -> ":" + entry.getValue().getAsString())
                .reduce("", String::concat)
                + "|" + languageCode;
    }

    private JsonElement sendChatAction(RequestParams params) {
        chat(params);
        params.require("action");
        return new JsonPrimitive(true);
    }

    private JsonElement setWebhook(RequestParams params) {
        emulation.webhookUrl = params.get("url").orElse("");
        emulation.webhookSecret = params.get("secret_token").orElse("");
        if (params.flag("drop_pending_updates")) {
            emulation.dropPendingUpdates();
        }
        return new JsonPrimitive(true);
    }

    private JsonElement deleteWebhook(RequestParams params) {
        emulation.webhookUrl = "";
        emulation.webhookSecret = "";
        if (params.flag("drop_pending_updates")) {
            emulation.dropPendingUpdates();
        }
        return new JsonPrimitive(true);
    }

    private JsonElement getWebhookInfo() {
        JsonObject info = new JsonObject();
        info.addProperty("url", emulation.webhookUrl);
        info.addProperty("has_custom_certificate", false);
        info.addProperty("pending_update_count", emulation.pendingUpdateCount());
        return info;
    }

    // ---- shared checks ----

    private ChatState chat(RequestParams params) {
        String chatId = params.require("chat_id").trim();
        if (chatId.startsWith("@")) {
            throw ApiError.badRequest("chat not found");
        }
        return emulation.existingChat(params.requireLong("chat_id"));
    }

    private static String parseMode(RequestParams params) {
        String mode = params.get("parse_mode").filter(value -> !value.isBlank()).orElse(null);
        if (mode == null) {
            return null;
        }
        String lower = mode.toLowerCase(Locale.ROOT);
        if (lower.equals("html")) {
            return "HTML";
        }
        if (lower.equals("markdown") || lower.equals("markdownv2")) {
            return mode;
        }
        throw ApiError.badRequest("unsupported parse_mode");
    }

    /** The text as shown. Only HTML is checked; Markdown passes through unchanged. */
    private static String visibleText(String text, String parseMode) {
        return "HTML".equals(parseMode) ? TelegramHtml.toPlainText(text) : text;
    }

    static List<List<InlineButton>> keyboard(RequestParams params) {
        Optional<String> markup = params.get("reply_markup").filter(value -> !value.isBlank());
        if (markup.isEmpty()) {
            return List.of();
        }
        JsonElement root = parseJson(markup.get(), "can't parse reply keyboard markup JSON object");
        if (!root.isJsonObject()) {
            throw ApiError.badRequest("can't parse reply keyboard markup JSON object");
        }
        JsonObject object = root.getAsJsonObject();
        if (!object.has("inline_keyboard")) {
            return List.of(); // reply keyboards and keyboard removal are not shown in the chat view
        }
        List<List<InlineButton>> rows = new ArrayList<>();
        for (JsonElement rowElement : object.getAsJsonArray("inline_keyboard")) {
            List<InlineButton> row = new ArrayList<>();
            for (JsonElement buttonElement : rowElement.getAsJsonArray()) {
                row.add(button(buttonElement.getAsJsonObject()));
            }
            rows.add(List.copyOf(row));
        }
        return List.copyOf(rows);
    }

    private static InlineButton button(JsonObject json) {
        String text = json.has("text") ? json.get("text").getAsString() : "";
        if (text.isEmpty()) {
            throw ApiError.badRequest("can't parse inline keyboard button: Text is empty");
        }
        String data = json.has("callback_data") ? json.get("callback_data").getAsString() : null;
        String url = json.has("url") ? json.get("url").getAsString() : null;
        if (data != null) {
            int bytes = data.getBytes(StandardCharsets.UTF_8).length;
            if (bytes == 0 || bytes > MAX_CALLBACK_DATA_BYTES) {
                throw ApiError.badRequest("BUTTON_DATA_INVALID");
            }
        } else if (url == null && !hasOtherAction(json)) {
            throw ApiError.badRequest("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
        }
        return new InlineButton(text, data, url);
    }

    private static boolean hasOtherAction(JsonObject json) {
        return json.keySet().stream().anyMatch(key -> !key.equals("text"));
    }

    private static JsonElement parseJson(String json, String error) {
        try {
            return JsonParser.parseString(json);
        } catch (RuntimeException e) {
            throw ApiError.badRequest(error);
        }
    }
}
