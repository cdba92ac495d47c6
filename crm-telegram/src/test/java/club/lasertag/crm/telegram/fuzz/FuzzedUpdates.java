package club.lasertag.crm.telegram.fuzz;

import club.lasertag.crm.botapi.BotApiEmulator;
import club.lasertag.crm.botapi.ChatEvent;
import club.lasertag.crm.botapi.ChatMessage;
import club.lasertag.crm.botapi.EmulatedUser;
import club.lasertag.crm.botapi.InlineButton;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Random Telegram updates as Telegram sends them: JSON text with every non-ASCII character escaped
 * ({@code "\\ud800"} for a lone surrogate), from staff of every role, strangers and unknown ids, in private chats,
 * groups and channels; every update kind, unknown fields included. Button presses mostly press what the bot
 * really shows (so dialogs run and get junk at every step), else forge the data, the message or both.
 *
 * <p>Each update says what the bot owes for it: an answer in the chat (a staff member's message in their private
 * chat) and/or an answer to the callback query.
 */
final class FuzzedUpdates {

    /** One update and what the bot owes for it. */
    record Fuzzed(int updateId, String kind, String json, Long answerChat, String callbackId, boolean missingMessage) {
    }

    /** Who sends: their user, whether they are staff (and so are answered in private) and their private chat. */
    record Person(EmulatedUser user, boolean staff) {
        long privateChat() {
            return user.id();
        }
    }

    private static final long GROUP = -42;
    private static final long SUPERGROUP = -1001234567890L;
    private static final long CHANNEL = -1009876543210L;
    private static final List<String> COMMANDS = List.of("order", "client", "calendar", "staff", "help", "start",
            "cancel", "CLIENT", "Order", "settings", "menu", "delete", "");
    private static final List<String> LANGUAGES = List.of("ru", "ru", "ru", "en", "uk", "", "zz", "EN", "de-DE",
            "x", "ru-RU-u-nu-arab", "i-klingon", "!!");
    private static final List<String> PREFIXES = List.of("cl", "or", "ca", "st");
    private static final List<String> ACTIONS = List.of("card", "open", "new", "news", "find", "finds", "edit", "ef",
            "del", "delok", "skip", "src", "clear", "cancel", "hist", "move", "st", "nop", "a", "dm", "f", "fix", "sum",
            "ok", "at", "x", "month", "day", "places", "list", "m", "role", "add", "addrole");
    private static final List<String> ARGS = List.of("1", "2", "3", "0", "-1", "99999999999999999999",
            "9223372036854775807", "2147483648", "", "2030-06-01", "2030-02-30", "999999-12", "2030-13", "1800",
            "2460", "9999", "admin", "manager", "instructor", "owner", "bogus", "phone", "name", "surname", "cmt",
            "date", "time", "players", "new", "confirmed", "cancelled", "done", "x", "%", "Иванов", "0001", "+1");

    private final Random random;
    private final FuzzedText text;
    private final BotApiEmulator telegram;
    private final String botUsername;
    private final List<Person> staff;
    private final List<Person> strangers = new ArrayList<>();
    private final Set<Long> openChats = new HashSet<>();
    /** Per chat, the bot's latest messages with buttons, as the chat shows them now. */
    private final Map<Long, List<ChatMessage>> withButtons = new ConcurrentHashMap<>();
    private final List<String> sentMessages = new ArrayList<>();
    private int nextUpdateId = 1;
    private int nextUserMessageId = 1_000_000;

    FuzzedUpdates(Random random, BotApiEmulator telegram, List<Person> staff, List<Person> strangers) {
        this.random = random;
        this.text = new FuzzedText(random);
        this.telegram = telegram;
        this.botUsername = telegram.botUsername();
        this.staff = List.copyOf(staff);
        this.strangers.addAll(strangers);
        telegram.addListener(this::remember);
        for (Person person : staff) {
            open(person.user(), person.privateChat());
        }
        for (Person person : strangers) {
            open(person.user(), person.privateChat());
        }
        open(staff.get(0).user(), GROUP);
        open(staff.get(0).user(), SUPERGROUP);
        open(staff.get(0).user(), CHANNEL);
    }

    private void remember(ChatEvent event) {
        ChatMessage message = event.message();
        if (!message.fromBot()) {
            return;
        }
        List<ChatMessage> latest = withButtons.computeIfAbsent(message.chatId(), chat -> new CopyOnWriteArrayList<>());
        latest.removeIf(known -> known.messageId() == message.messageId());
        if (event.type() != ChatEvent.Type.DELETED && !message.buttons().isEmpty()) {
            latest.add(message);
            if (latest.size() > 6) {
                latest.remove(0);
            }
        }
    }

    Fuzzed next() {
        int roll = random.nextInt(100);
        if (roll < 1 && !sentMessages.isEmpty()) {
            return redelivered();
        }
        int updateId = nextUpdateId++;
        Person person = person();
        if (roll < 38) {
            return message(updateId, person, text.any(), "text");
        }
        if (roll < 50) {
            return message(updateId, person, command(), "command");
        }
        if (roll < 70) {
            return realPress(updateId, person);
        }
        if (roll < 80) {
            return forgedPress(updateId, person);
        }
        if (roll < 86) {
            return media(updateId, person);
        }
        return otherKind(updateId, person);
    }

    // ---- who and where ----

    private Person person() {
        int roll = random.nextInt(100);
        if (roll < 78) {
            return staff.get(random.nextInt(staff.size()));
        }
        if (roll < 90 || strangers.size() > 40) {
            return strangers.get(random.nextInt(strangers.size()));
        }
        long id = switch (random.nextInt(4)) {
            case 0 -> 5 + random.nextInt(1000);
            case 1 -> 1L + (random.nextLong() >>> 12);
            case 2 -> 9_007_199_254_740_991L;
            default -> 2_147_483_648L + random.nextInt(1000);
        };
        Person unknown = new Person(new EmulatedUser(id, text.junk(1 + random.nextInt(3)), null, null, "ru"), false);
        strangers.add(unknown);
        open(unknown.user(), unknown.privateChat());
        return unknown;
    }

    private void open(EmulatedUser user, long chatId) {
        if (openChats.add(chatId)) {
            telegram.openChat(user, chatId);
        }
    }

    /** The chat a message of {@code person} goes to: mostly their private chat, sometimes a group. */
    private long chatOf(Person person) {
        int roll = random.nextInt(100);
        return roll < 85 ? person.privateChat() : roll < 93 ? GROUP : SUPERGROUP;
    }

    private JsonObject user(EmulatedUser user) {
        JsonObject json = new JsonObject();
        json.addProperty("id", user.id());
        json.addProperty("is_bot", random.nextInt(50) == 0);
        json.addProperty("first_name", random.nextInt(10) == 0 ? text.any() : user.firstName());
        if (random.nextInt(4) == 0) {
            json.addProperty("last_name", text.junk(2));
        }
        if (random.nextInt(4) == 0) {
            json.addProperty("username", text.junk(1));
        }
        if (random.nextInt(8) != 0) {
            json.addProperty("language_code", text.pick(LANGUAGES));
        }
        if (random.nextInt(20) == 0) {
            json.addProperty("is_premium", true);
            json.addProperty("added_to_attachment_menu", true);
        }
        return json;
    }

    private JsonObject chat(long chatId, Person person) {
        JsonObject json = new JsonObject();
        json.addProperty("id", chatId);
        if (chatId > 0) {
            json.addProperty("type", "private");
            json.addProperty("first_name", person.user().firstName());
        } else {
            json.addProperty("type", chatId == GROUP ? "group" : chatId == CHANNEL ? "channel" : "supergroup");
            json.addProperty("title", text.junk(2));
        }
        return json;
    }

    private JsonObject messageJson(long chatId, Person person, int messageId) {
        JsonObject json = new JsonObject();
        json.addProperty("message_id", messageId);
        json.add("from", user(person.user()));
        json.addProperty("date", 1_900_000_000 + random.nextInt(1000));
        json.add("chat", chat(chatId, person));
        if (random.nextInt(15) == 0) {
            json.addProperty("some_future_field", text.junk(2));
            JsonObject nested = new JsonObject();
            nested.addProperty("x", random.nextLong());
            json.add("another_future_object", nested);
        }
        return json;
    }

    // ---- messages ----

    private Fuzzed message(int updateId, Person person, String typed, String kind) {
        long chatId = chatOf(person);
        JsonObject message = messageJson(chatId, person, nextUserMessageId++);
        message.addProperty("text", typed);
        if (typed.startsWith("/") && random.nextInt(3) != 0) {
            JsonArray entities = new JsonArray();
            JsonObject command = new JsonObject();
            command.addProperty("type", "bot_command");
            command.addProperty("offset", random.nextInt(10) == 0 ? 9999 : 0);
            command.addProperty("length", Math.max(1, typed.indexOf(' ') < 0 ? typed.length() : typed.indexOf(' ')));
            entities.add(command);
            message.add("entities", entities);
        }
        boolean owed = person.staff() && chatId == person.privateChat() && !forOtherBot(typed);
        return sent(updateId, kind, "message", message, owed ? chatId : null);
    }

    /** Whether the bot rightly stays silent: a command addressed to another bot ({@code /start@OtherBot}). */
    private boolean forOtherBot(String typed) {
        if (!typed.startsWith("/")) {
            return false;
        }
        int end = 0;
        while (end < typed.length() && !Character.isWhitespace(typed.charAt(end))) {
            end++;
        }
        String head = typed.substring(1, end);
        int at = head.indexOf('@');
        return at >= 0 && !head.substring(at + 1).equalsIgnoreCase(botUsername);
    }

    private String command() {
        String name = random.nextInt(8) == 0 ? text.junk(1) : text.pick(COMMANDS);
        String addressee = switch (random.nextInt(10)) {
            case 0 -> "@" + botUsername;
            case 1 -> "@" + botUsername.toUpperCase(Locale.ROOT);
            case 2 -> "@OtherBot";
            case 3 -> "@";
            default -> "";
        };
        String args = switch (random.nextInt(5)) {
            case 0, 1 -> "";
            case 2 -> " " + text.plausible();
            case 3 -> text.pick(List.of(" ", "\n", "\t", "\u00A0")) + text.any();
            default -> " " + text.junk(1 + random.nextInt(6));
        };
        return "/" + name + addressee + args;
    }

    private Fuzzed media(int updateId, Person person) {
        long chatId = chatOf(person);
        JsonObject message = messageJson(chatId, person, nextUserMessageId++);
        String kind;
        switch (random.nextInt(12)) {
            case 0 -> {
                JsonArray sizes = new JsonArray();
                sizes.add(file(90, 90));
                sizes.add(file(1280, 720));
                message.add("photo", sizes);
                kind = "photo";
            }
            case 1 -> {
                JsonObject sticker = file(512, 512);
                sticker.addProperty("type", "regular");
                sticker.addProperty("is_animated", false);
                sticker.addProperty("is_video", false);
                sticker.addProperty("emoji", "🔫");
                message.add("sticker", sticker);
                kind = "sticker";
            }
            case 2 -> {
                JsonObject contact = new JsonObject();
                contact.addProperty("phone_number", text.plausible());
                contact.addProperty("first_name", text.junk(2));
                contact.addProperty("user_id", person.user().id());
                message.add("contact", contact);
                kind = "contact";
            }
            case 3 -> {
                JsonObject location = new JsonObject();
                location.addProperty("latitude", 55.75);
                location.addProperty("longitude", 37.61);
                message.add("location", location);
                kind = "location";
            }
            case 4 -> {
                JsonObject document = file(0, 0);
                document.addProperty("file_name", text.junk(3));
                message.add("document", document);
                kind = "document";
            }
            case 5 -> {
                JsonObject dice = new JsonObject();
                dice.addProperty("emoji", "🎲");
                dice.addProperty("value", 1 + random.nextInt(6));
                message.add("dice", dice);
                kind = "dice";
            }
            case 6 -> {
                JsonObject voice = file(0, 0);
                voice.addProperty("duration", 3);
                message.add("voice", voice);
                kind = "voice";
            }
            case 7 -> {
                JsonArray members = new JsonArray();
                members.add(user(person.user()));
                message.add("new_chat_members", members);
                kind = "new_chat_members";
            }
            case 8 -> {
                message.addProperty("new_chat_title", text.junk(2));
                kind = "new_chat_title";
            }
            case 9 -> {
                message.remove("from");
                message.addProperty("text", text.any());
                JsonObject senderChat = chat(SUPERGROUP, person);
                message.add("sender_chat", senderChat);
                kind = "message-without-from";
                return sent(updateId, kind, "message", message, null);
            }
            case 10 -> {
                JsonArray sizes = new JsonArray();
                sizes.add(file(90, 90));
                message.add("photo", sizes);
                message.addProperty("caption", text.any());
                kind = "photo-with-caption";
            }
            default -> {
                message.addProperty("text", text.any());
                JsonObject replied = messageJson(chatId, person, Math.max(1, nextUserMessageId - 5));
                replied.addProperty("text", text.junk(2));
                message.add("reply_to_message", replied);
                JsonObject origin = new JsonObject();
                origin.addProperty("type", "hidden_user");
                origin.addProperty("sender_user_name", text.junk(2));
                origin.addProperty("date", 1_800_000_000);
                message.add("forward_origin", origin);
                kind = "reply-forward";
            }
        }
        boolean owed = person.staff() && chatId == person.privateChat();
        return sent(updateId, kind, "message", message, owed ? chatId : null);
    }

    private JsonObject file(int width, int height) {
        JsonObject json = new JsonObject();
        json.addProperty("file_id", "AgAC" + Long.toHexString(random.nextLong()));
        json.addProperty("file_unique_id", Long.toHexString(random.nextLong()));
        if (width > 0) {
            json.addProperty("width", width);
            json.addProperty("height", height);
        }
        json.addProperty("file_size", random.nextInt(100_000));
        return json;
    }

    private Fuzzed sent(int updateId, String kind, String field, JsonObject payload, Long answerChat) {
        String json = update(updateId, field, payload);
        sentMessages.add(json);
        if (sentMessages.size() > 50) {
            sentMessages.remove(0);
        }
        return new Fuzzed(updateId, kind, json, answerChat, null, false);
    }

    /** An update delivered again (Telegram repeats what was not confirmed): handled once, so owed nothing. */
    private Fuzzed redelivered() {
        String json = sentMessages.get(random.nextInt(sentMessages.size()));
        return new Fuzzed(-1, "redelivered", json, null, null, false);
    }

    // ---- button presses ----

    private Fuzzed realPress(int updateId, Person person) {
        long chatId = random.nextInt(10) == 0 ? (random.nextBoolean() ? GROUP : SUPERGROUP) : person.privateChat();
        List<ChatMessage> shown = withButtons.getOrDefault(chatId, List.of());
        if (shown.isEmpty()) {
            return message(updateId, person, random.nextBoolean() ? "/" + text.pick(COMMANDS) : text.plausible(), "text");
        }
        ChatMessage message = shown.get(random.nextInt(shown.size()));
        List<InlineButton> buttons = message.buttons().stream().filter(button -> button.callbackData() != null).toList();
        if (buttons.isEmpty()) {
            return forgedPress(updateId, person);
        }
        String data = buttons.get(random.nextInt(buttons.size())).callbackData();
        int roll = random.nextInt(100);
        if (roll < 70) {
            return press(updateId, person, chatId, message.messageId(), data, "press", false);
        }
        if (roll < 85) {
            return press(updateId, person, chatId, message.messageId(), mutated(data), "press-mutated", false);
        }
        int missing = random.nextBoolean() ? 900_000 + random.nextInt(1000) : nextUserMessageId - 1;
        return press(updateId, person, chatId, missing, data, "press-missing-message", true);
    }

    private Fuzzed forgedPress(int updateId, Person person) {
        long chatId = random.nextInt(8) == 0 ? GROUP : person.privateChat();
        List<ChatMessage> shown = withButtons.getOrDefault(chatId, List.of());
        boolean onShown = !shown.isEmpty() && random.nextInt(3) != 0;
        int messageId = onShown ? shown.get(random.nextInt(shown.size())).messageId() : 900_000 + random.nextInt(1000);
        int roll = random.nextInt(100);
        if (roll < 10) {
            return inlinePress(updateId, person);
        }
        if (roll < 15) {
            return pressWithoutData(updateId, person, chatId, messageId, !onShown);
        }
        if (roll < 20) {
            return inaccessiblePress(updateId, person, chatId);
        }
        return press(updateId, person, chatId, messageId, forgedData(), "press-forged", !onShown);
    }

    private String forgedData() {
        return switch (random.nextInt(8)) {
            case 0 -> text.units(1 + random.nextInt(100));
            case 1 -> ":".repeat(1 + random.nextInt(80));
            case 2 -> text.pick(PREFIXES) + ":" + text.pick(ACTIONS);
            case 3 -> text.junk(1 + random.nextInt(5));
            case 4 -> text.pick(PREFIXES) + ":" + text.pick(ACTIONS) + ":" + "9".repeat(1 + random.nextInt(60));
            default -> {
                StringBuilder data = new StringBuilder(text.pick(PREFIXES)).append(':').append(text.pick(ACTIONS));
                int args = random.nextInt(5);
                for (int i = 0; i < args; i++) {
                    data.append(':').append(random.nextInt(4) == 0 ? text.junk(1) : text.pick(ARGS));
                }
                yield data.toString();
            }
        };
    }

    /** Real data with one part replaced, dropped or added, or cut or padded past 64 bytes. */
    private String mutated(String data) {
        List<String> parts = new ArrayList<>(List.of(data.split(":", -1)));
        switch (random.nextInt(6)) {
            case 0 -> parts.set(random.nextInt(parts.size()), text.pick(ARGS));
            case 1 -> parts.set(random.nextInt(parts.size()), text.junk(1));
            case 2 -> parts.add(text.pick(ARGS));
            case 3 -> {
                if (parts.size() > 1) {
                    parts.remove(parts.size() - 1);
                }
            }
            case 4 -> {
                return data.substring(0, random.nextInt(data.length() + 1));
            }
            default -> {
                return data + ":" + "x".repeat(64);
            }
        }
        return String.join(":", parts);
    }

    private Fuzzed press(int updateId, Person person, long chatId, int messageId, String data, String kind,
            boolean missingMessage) {
        String queryId = telegram.forgeCallbackQuery(person.user(), chatId, messageId, data);
        JsonObject query = query(queryId, person, chatId);
        JsonObject message = new JsonObject();
        message.addProperty("message_id", messageId);
        JsonObject bot = new JsonObject();
        bot.addProperty("id", telegram.botId());
        bot.addProperty("is_bot", true);
        bot.addProperty("first_name", "LaserTag CRM");
        bot.addProperty("username", botUsername);
        message.add("from", bot);
        message.addProperty("date", 1_900_000_000);
        message.add("chat", chat(chatId, person));
        message.addProperty("text", text.junk(3));
        query.add("message", message);
        query.addProperty("data", data);
        return new Fuzzed(updateId, kind, update(updateId, "callback_query", query), null, queryId, missingMessage);
    }

    private Fuzzed inlinePress(int updateId, Person person) {
        String queryId = telegram.forgeCallbackQuery(person.user(), person.privateChat(), 0, "x");
        JsonObject query = query(queryId, person, person.privateChat());
        query.addProperty("inline_message_id", "AQAAA" + Long.toHexString(random.nextLong()));
        query.addProperty("data", random.nextBoolean() ? forgedData() : "cl:card:1");
        return new Fuzzed(updateId, "press-inline", update(updateId, "callback_query", query), null, queryId, false);
    }

    private Fuzzed pressWithoutData(int updateId, Person person, long chatId, int messageId, boolean missing) {
        String queryId = telegram.forgeCallbackQuery(person.user(), chatId, messageId, "");
        JsonObject query = query(queryId, person, chatId);
        JsonObject message = new JsonObject();
        message.addProperty("message_id", messageId);
        message.addProperty("date", 1_900_000_000);
        message.add("chat", chat(chatId, person));
        query.add("message", message);
        query.addProperty("game_short_name", text.junk(1));
        return new Fuzzed(updateId, "press-game", update(updateId, "callback_query", query), null, queryId, missing);
    }

    /** A press on a message too old for the bot to see (Telegram sends it with date 0). */
    private Fuzzed inaccessiblePress(int updateId, Person person, long chatId) {
        String data = forgedData();
        String queryId = telegram.forgeCallbackQuery(person.user(), chatId, 1, data);
        JsonObject query = query(queryId, person, chatId);
        JsonObject message = new JsonObject();
        message.add("chat", chat(chatId, person));
        message.addProperty("message_id", 1);
        message.addProperty("date", 0);
        query.add("message", message);
        query.addProperty("data", data);
        return new Fuzzed(updateId, "press-inaccessible", update(updateId, "callback_query", query), null, queryId,
                true);
    }

    private JsonObject query(String queryId, Person person, long chatId) {
        JsonObject query = new JsonObject();
        query.addProperty("id", queryId);
        query.add("from", user(person.user()));
        query.addProperty("chat_instance", Long.toString(chatId * 31));
        return query;
    }

    // ---- everything else ----

    private Fuzzed otherKind(int updateId, Person person) {
        long chatId = chatOf(person);
        int messageId = nextUserMessageId++;
        return switch (random.nextInt(14)) {
            case 0 -> {
                JsonObject message = messageJson(chatId, person, messageId);
                message.addProperty("text", text.any());
                message.addProperty("edit_date", 1_900_000_100);
                yield other(updateId, "edited_message", message);
            }
            case 1, 2 -> {
                JsonObject post = new JsonObject();
                post.addProperty("message_id", messageId);
                post.add("sender_chat", chat(CHANNEL, person));
                post.addProperty("date", 1_900_000_000);
                post.add("chat", chat(CHANNEL, person));
                post.addProperty("text", random.nextBoolean() ? command() : text.any());
                yield other(updateId, random.nextBoolean() ? "channel_post" : "edited_channel_post", post);
            }
            case 3 -> {
                JsonObject inline = new JsonObject();
                inline.addProperty("id", Long.toString(random.nextLong()));
                inline.add("from", user(person.user()));
                inline.addProperty("query", text.any());
                inline.addProperty("offset", "");
                yield other(updateId, "inline_query", inline);
            }
            case 4 -> {
                JsonObject chosen = new JsonObject();
                chosen.addProperty("result_id", text.junk(1));
                chosen.add("from", user(person.user()));
                chosen.addProperty("query", text.any());
                yield other(updateId, "chosen_inline_result", chosen);
            }
            case 5, 6 -> {
                JsonObject member = new JsonObject();
                member.add("chat", chat(chatId, person));
                member.add("from", user(person.user()));
                member.addProperty("date", 1_900_000_000);
                member.add("old_chat_member", chatMember(person, "member"));
                member.add("new_chat_member", chatMember(person, random.nextBoolean() ? "kicked" : "administrator"));
                yield other(updateId, random.nextBoolean() ? "my_chat_member" : "chat_member", member);
            }
            case 7 -> {
                JsonObject request = new JsonObject();
                request.add("chat", chat(SUPERGROUP, person));
                request.add("from", user(person.user()));
                request.addProperty("user_chat_id", person.privateChat());
                request.addProperty("date", 1_900_000_000);
                yield other(updateId, "chat_join_request", request);
            }
            case 8 -> {
                JsonObject answer = new JsonObject();
                answer.addProperty("poll_id", text.junk(1));
                answer.add("user", user(person.user()));
                JsonArray options = new JsonArray();
                options.add(0);
                answer.add("option_ids", options);
                yield other(updateId, "poll_answer", answer);
            }
            case 9 -> {
                JsonObject query = new JsonObject();
                query.addProperty("id", text.junk(1));
                query.add("from", user(person.user()));
                query.addProperty("currency", "RUB");
                query.addProperty("total_amount", -1);
                query.addProperty("invoice_payload", text.any());
                yield other(updateId, "pre_checkout_query", query);
            }
            case 10 -> {
                JsonObject reaction = new JsonObject();
                reaction.add("chat", chat(chatId, person));
                reaction.addProperty("message_id", messageId);
                reaction.add("user", user(person.user()));
                reaction.addProperty("date", 1_900_000_000);
                reaction.add("old_reaction", new JsonArray());
                JsonArray added = new JsonArray();
                JsonObject emoji = new JsonObject();
                emoji.addProperty("type", "emoji");
                emoji.addProperty("emoji", "👍");
                added.add(emoji);
                reaction.add("new_reaction", added);
                yield other(updateId, "message_reaction", reaction);
            }
            case 11 -> {
                JsonObject future = new JsonObject();
                future.addProperty("id", random.nextLong());
                future.addProperty("text", text.any());
                future.add("from", user(person.user()));
                yield other(updateId, "some_kind_from_the_future", future);
            }
            case 12 -> new Fuzzed(updateId, "update-without-payload", "{\"update_id\":" + updateId + "}", null, null,
                    false);
            default -> {
                JsonObject message = messageJson(chatId, person, messageId);
                message.remove("chat");
                message.addProperty("text", text.any());
                yield other(updateId, "message-without-chat", message);
            }
        };
    }

    private JsonObject chatMember(Person person, String status) {
        JsonObject member = new JsonObject();
        member.addProperty("status", status);
        member.add("user", user(person.user()));
        if (status.equals("kicked")) {
            member.addProperty("until_date", 0);
        }
        return member;
    }

    private Fuzzed other(int updateId, String field, JsonObject payload) {
        return new Fuzzed(updateId, field, update(updateId, field, payload), null, null, false);
    }

    private String update(int updateId, String field, JsonObject payload) {
        JsonObject update = new JsonObject();
        update.addProperty("update_id", updateId);
        update.add(field, payload);
        if (random.nextInt(30) == 0) {
            update.addProperty("unknown_top_level_field", text.junk(2));
        }
        return asciiJson(update.toString());
    }

    /**
     * The JSON as Telegram writes it: every character outside ASCII as a {@code \\uXXXX} escape, so a lone
     * surrogate travels as {@code "\\ud800"}. Safe as a text transformation: in valid JSON, non-ASCII characters
     * only occur inside strings.
     */
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    static String asciiJson(String json) {
        StringBuilder ascii = new StringBuilder(json.length() + 64);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c < 0x7F) {
                ascii.append(c);
            } else {
                ascii.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xF]).append(HEX[(c >> 4) & 0xF])
                        .append(HEX[c & 0xF]);
            }
        }
        return ascii.toString();
    }
}
