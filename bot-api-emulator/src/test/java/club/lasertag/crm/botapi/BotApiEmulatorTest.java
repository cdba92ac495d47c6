package club.lasertag.crm.botapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pengrad.telegrambot.TelegramBot;
import com.pengrad.telegrambot.UpdatesListener;
import com.pengrad.telegrambot.model.BotCommand;
import com.pengrad.telegrambot.model.Update;
import com.pengrad.telegrambot.model.request.InlineKeyboardButton;
import com.pengrad.telegrambot.model.request.InlineKeyboardMarkup;
import com.pengrad.telegrambot.model.request.ParseMode;
import com.pengrad.telegrambot.request.AnswerCallbackQuery;
import com.pengrad.telegrambot.request.BaseRequest;
import com.pengrad.telegrambot.request.DeleteMessage;
import com.pengrad.telegrambot.request.DeleteWebhook;
import com.pengrad.telegrambot.request.EditMessageReplyMarkup;
import com.pengrad.telegrambot.request.EditMessageText;
import com.pengrad.telegrambot.request.GetMe;
import com.pengrad.telegrambot.request.GetMyCommands;
import com.pengrad.telegrambot.request.GetUpdates;
import com.pengrad.telegrambot.request.SendChatAction;
import com.pengrad.telegrambot.request.SendDocument;
import com.pengrad.telegrambot.request.SendMessage;
import com.pengrad.telegrambot.request.SendPhoto;
import com.pengrad.telegrambot.request.SetMyCommands;
import com.pengrad.telegrambot.request.SetWebhook;
import com.pengrad.telegrambot.response.BaseResponse;
import com.pengrad.telegrambot.response.GetMeResponse;
import com.pengrad.telegrambot.response.GetMyCommandsResponse;
import com.pengrad.telegrambot.response.GetUpdatesResponse;
import com.pengrad.telegrambot.response.SendResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The real pengrad client against the emulator, over real HTTP. */
class BotApiEmulatorTest {

    private static final EmulatedUser ANNA = EmulatedUser.of(1001, "Анна");
    private static final long ANNA_CHAT = ANNA.id();
    private static final Duration WAIT = Duration.ofSeconds(5);

    private BotApiEmulator emulator;
    private TelegramBot bot;

    @BeforeEach
    void start() {
        emulator = BotApiEmulator.start();
        bot = new TelegramBot.Builder(emulator.token()).apiUrl(emulator.apiUrl()).build();
    }

    @AfterEach
    void stop() {
        bot.removeGetUpdatesListener();
        bot.shutdown();
        emulator.close();
    }

    @Test
    void getMeDescribesTheBot() {
        GetMeResponse me = bot.execute(new GetMe());

        assertThat(me.isOk()).isTrue();
        assertThat(me.user().isBot()).isTrue();
        assertThat(me.user().id()).isEqualTo(123456789L);
        assertThat(me.user().username()).isEqualTo(emulator.botUsername());
    }

    @Test
    void wrongTokenIsUnauthorized() {
        TelegramBot stranger = new TelegramBot.Builder("42:wrong").apiUrl(emulator.apiUrl()).build();
        try {
            GetMeResponse me = stranger.execute(new GetMe());
            assertThat(me.isOk()).isFalse();
            assertThat(me.errorCode()).isEqualTo(401);
        } finally {
            stranger.shutdown();
        }
    }

    @Nested
    class GettingUpdates {

        @Test
        void longPollBlocksUntilTheUserWrites() throws Exception {
            CompletableFuture<GetUpdatesResponse> poll =
                    CompletableFuture.supplyAsync(() -> bot.execute(new GetUpdates().timeout(10)));

            Thread.sleep(300);
            assertThat(poll).isNotDone();
            emulator.sendText(ANNA, ANNA_CHAT, "/client");

            GetUpdatesResponse response = poll.get(5, TimeUnit.SECONDS);
            assertThat(response.updates()).hasSize(1);
            Update update = response.updates().get(0);
            assertThat(update.message().text()).isEqualTo("/client");
            assertThat(update.message().from().id()).isEqualTo(ANNA.id());
            assertThat(update.message().from().languageCode()).isEqualTo("ru");
            assertThat(update.message().chat().type()).isEqualTo(com.pengrad.telegrambot.model.Chat.Type.Private);
            assertThat(update.message().entities()[0].type())
                    .isEqualTo(com.pengrad.telegrambot.model.MessageEntity.Type.bot_command);
        }

        @Test
        void longPollReturnsEmptyWhenTheTimeoutPasses() {
            long started = System.nanoTime();

            GetUpdatesResponse response = bot.execute(new GetUpdates().timeout(1));

            assertThat(response.isOk()).isTrue();
            assertThat(response.updates()).isEmpty();
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Duration.ofMillis(900), Duration.ofSeconds(4));
        }

        @Test
        void updatesStayUntilConfirmedByOffset() {
            emulator.sendText(ANNA, ANNA_CHAT, "one");
            emulator.sendText(ANNA, ANNA_CHAT, "two");
            emulator.sendText(ANNA, -500L, "in a group");

            List<Update> first = bot.execute(new GetUpdates().limit(2)).updates();
            assertThat(first).extracting(update -> update.message().text()).containsExactly("one", "two");

            List<Update> again = bot.execute(new GetUpdates()).updates();
            assertThat(again).hasSize(3);
            assertThat(again.get(2).message().chat().type()).isEqualTo(com.pengrad.telegrambot.model.Chat.Type.group);

            int confirmUpToTwo = first.get(1).updateId() + 1;
            List<Update> rest = bot.execute(new GetUpdates().offset(confirmUpToTwo)).updates();
            assertThat(rest).extracting(update -> update.message().text()).containsExactly("in a group");
            assertThat(emulator.pendingUpdateCount()).isEqualTo(1);

            bot.execute(new GetUpdates().offset(rest.get(0).updateId() + 1));
            assertThat(emulator.pendingUpdateCount()).isZero();
        }

        @Test
        void stickersPhotosAndEditsArriveAsUpdates() {
            emulator.sendSticker(ANNA, ANNA_CHAT, "👍");
            emulator.sendPhoto(ANNA, ANNA_CHAT, new byte[] {1, 2, 3}, "наш зал");
            ChatMessage typo = emulator.sendText(ANNA, ANNA_CHAT, "Ивнов");
            emulator.editText(ANNA, ANNA_CHAT, typo.messageId(), "Иванов");

            List<Update> updates = bot.execute(new GetUpdates()).updates();

            assertThat(updates).hasSize(4);
            assertThat(updates.get(0).message().sticker().emoji()).isEqualTo("👍");
            assertThat(updates.get(1).message().photo()).hasSize(1);
            assertThat(updates.get(1).message().caption()).isEqualTo("наш зал");
            assertThat(updates.get(3).editedMessage().messageId()).isEqualTo(typo.messageId());
            assertThat(updates.get(3).editedMessage().text()).isEqualTo("Иванов");
        }

        @Test
        void getUpdatesConflictsWithAWebhook() {
            assertThat(bot.execute(new SetWebhook().url("https://example.org/hook")).isOk()).isTrue();
            assertThat(emulator.webhookUrl()).isEqualTo("https://example.org/hook");

            GetUpdatesResponse refused = bot.execute(new GetUpdates());
            assertThat(refused.errorCode()).isEqualTo(409);

            assertThat(bot.execute(new DeleteWebhook()).isOk()).isTrue();
            assertThat(bot.execute(new GetUpdates()).isOk()).isTrue();
        }

        @Test
        void updatesListenerReceivesUpdatesEndToEnd() {
            List<Integer> seen = new CopyOnWriteArrayList<>();
            bot.setUpdatesListener(updates -> {
                for (Update update : updates) {
                    seen.add(update.updateId());
                    if (update.message() != null) {
                        long chatId = update.message().chat().id();
                        bot.execute(new SendMessage(chatId, "Вы написали: " + update.message().text()));
                    }
                }
                return UpdatesListener.CONFIRMED_UPDATES_ALL;
            }, new GetUpdates().timeout(5));

            emulator.sendText(ANNA, ANNA_CHAT, "привет");
            List<ChatMessage> replies = emulator.awaitBotMessages(ANNA_CHAT, 1, WAIT);
            assertThat(replies).extracting(ChatMessage::text).containsExactly("Вы написали: привет");

            emulator.sendText(ANNA, ANNA_CHAT, "ещё");
            assertThat(emulator.awaitBotMessages(ANNA_CHAT, 1, WAIT).get(0).text()).isEqualTo("Вы написали: ещё");

            emulator.awaitIdle(Duration.ofMillis(200), WAIT);
            assertThat(emulator.pendingUpdateCount()).isZero();
            assertThat(seen).hasSize(2);
            assertThat(emulator.chat(ANNA_CHAT).visibleMessages()).extracting(ChatMessage::sender).containsExactly(
                    ChatMessage.Sender.USER, ChatMessage.Sender.BOT, ChatMessage.Sender.USER, ChatMessage.Sender.BOT);
        }

        @Test
        void resetForgetsChatsUpdatesCallsAndFaultsButKeepsCountingUpdates() throws Exception {
            emulator.sendText(ANNA, ANNA_CHAT, "before");
            int before = bot.execute(new GetUpdates()).updates().get(0).updateId();
            bot.execute(new SetMyCommands(new BotCommand("start", "начать")));
            emulator.failNext("getMe", 1, Fault.internalServerError());
            CompletableFuture<GetUpdatesResponse> waiting =
                    CompletableFuture.supplyAsync(() -> bot.execute(new GetUpdates().offset(before + 1).timeout(10)));
            Thread.sleep(300);

            emulator.reset();

            assertThat(waiting.get(2, TimeUnit.SECONDS).updates()).as("a long poll from before the reset").isEmpty();
            assertThat(emulator.chats()).isEmpty();
            assertThat(emulator.calls()).isEmpty();
            assertThat(emulator.commands()).isEmpty();
            assertThat(bot.execute(new GetMe()).isOk()).as("the injected fault is gone").isTrue();
            emulator.sendText(ANNA, ANNA_CHAT, "after");
            List<Update> after = bot.execute(new GetUpdates()).updates();
            assertThat(after).extracting(update -> update.message().text()).containsExactly("after");
            assertThat(after.get(0).updateId()).isGreaterThan(before);
            assertThat(after.get(0).message().messageId()).as("a new chat").isEqualTo(1);
        }

        @Test
        void awaitBotMessagesTimesOutWithTheTranscript() {
            emulator.sendText(ANNA, ANNA_CHAT, "hello?");

            assertThatThrownBy(() -> emulator.awaitBotMessages(ANNA_CHAT, 1, Duration.ofMillis(200)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("hello?");
        }
    }

    @Test
    void anOpenedChatTakesTheBotsMessagesWithoutAnUpdate() {
        emulator.openChat(ANNA, -500);

        assertThat(bot.execute(new SendMessage(-500, "в группе")).isOk()).isTrue();
        assertThat(emulator.pendingUpdateCount()).isZero();
        assertThat(emulator.chat(-500).botMessages()).hasSize(1);
    }

    @Nested
    class Messages {

        @BeforeEach
        void annaStartsTheChat() {
            emulator.sendText(ANNA, ANNA_CHAT, "/start");
        }

        @Test
        void aStalledCallIsHeldInFlightThenDroppedWithoutBeingDone() throws Exception {
            Stall stall = emulator.stallNext("sendMessage", ANNA_CHAT);
            java.util.concurrent.CompletableFuture<SendResponse> call = java.util.concurrent.CompletableFuture
                    .supplyAsync(() -> bot.execute(new SendMessage(ANNA_CHAT, "held")));

            assertThat(stall.awaitCaught(WAIT)).isTrue();
            Thread.sleep(100);
            assertThat(call).isNotDone();
            stall.release();

            assertThatThrownBy(call::join).hasRootCauseInstanceOf(java.io.IOException.class);
            assertThat(emulator.chat(ANNA_CHAT).botMessages()).isEmpty();
            assertThat(bot.execute(new SendMessage(ANNA_CHAT, "next")).isOk()).as("only the next call is held").isTrue();
        }

        @Test
        void sendMessageWithInlineKeyboardAndPressAButton() {
            SendResponse sent = bot.execute(new SendMessage(ANNA_CHAT, "<b>Клиент</b> Иванов")
                    .parseMode(ParseMode.HTML)
                    .replyMarkup(new InlineKeyboardMarkup(
                            new InlineKeyboardButton("Изменить").callbackData("c:7:edit"),
                            new InlineKeyboardButton("Удалить").callbackData("c:7:del"))));

            assertThat(sent.isOk()).isTrue();
            int messageId = sent.message().messageId();
            ChatMessage shown = emulator.chat(ANNA_CHAT).message(messageId).orElseThrow();
            assertThat(shown.plainText()).isEqualTo("Клиент Иванов");
            assertThat(shown.parseMode()).isEqualTo("HTML");
            assertThat(shown.buttons()).extracting(InlineButton::text).containsExactly("Изменить", "Удалить");

            String queryId = emulator.pressButton(ANNA, shown, "Удалить");
            Update press = lastUpdate();
            assertThat(press.callbackQuery().data()).isEqualTo("c:7:del");
            assertThat(press.callbackQuery().id()).isEqualTo(queryId);
            assertThat(press.callbackQuery().maybeInaccessibleMessage().messageId()).isEqualTo(messageId);
            assertThat(emulator.callbackQuery(queryId).orElseThrow().answered()).isFalse();

            assertThat(bot.execute(new AnswerCallbackQuery(queryId).text("Удалено")).isOk()).isTrue();

            CallbackQueryState answered = emulator.callbackQuery(queryId).orElseThrow();
            assertThat(answered.answered()).isTrue();
            assertThat(answered.answerText()).isEqualTo("Удалено");
            BaseResponse twice = bot.execute(new AnswerCallbackQuery(queryId));
            assertThat(twice.description()).contains("query is too old");
        }

        @Test
        void aCallbackAnswerOver200CharactersIsTooLong() {
            int id = bot.execute(new SendMessage(ANNA_CHAT, "ok").replyMarkup(keyboard("ok", "ok"))).message().messageId();
            String first = emulator.pressButton(ANNA, ANNA_CHAT, id, "ok");
            String second = emulator.pressButton(ANNA, ANNA_CHAT, id, "ok");

            BaseResponse tooLong = bot.execute(new AnswerCallbackQuery(first).text("я".repeat(201)));

            assertThat(tooLong.description()).isEqualTo("Bad Request: MESSAGE_TOO_LONG");
            assertThat(emulator.callbackQuery(first).orElseThrow().answered()).isFalse();
            assertThat(bot.execute(new AnswerCallbackQuery(second).text("я".repeat(200))).isOk()).isTrue();
        }

        @Test
        void aForgedPressNeedsNoButtonAndIsAnsweredOnce() {
            String query = emulator.forgeCallbackQuery(ANNA, ANNA_CHAT, 999, "forged:" + "x".repeat(80));

            assertThat(emulator.pendingUpdateCount()).as("the test delivers the update itself").isEqualTo(1);
            assertThat(bot.execute(new AnswerCallbackQuery(query)).isOk()).isTrue();
            assertThat(bot.execute(new AnswerCallbackQuery(query)).description()).contains("query is too old");
        }

        @Test
        void pressingAButtonThatIsNotShownIsAMistakeInTheTest() {
            int id = bot.execute(new SendMessage(ANNA_CHAT, "без кнопок")).message().messageId();

            assertThatThrownBy(() -> emulator.pressButton(ANNA, ANNA_CHAT, id, "x"))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void editsAndDeletionsChangeTheHistory() {
            int id = bot.execute(new SendMessage(ANNA_CHAT, "Шаг 1").replyMarkup(keyboard("Далее", "next")))
                    .message().messageId();

            assertThat(bot.execute(new EditMessageText(ANNA_CHAT, id, "Шаг 2")
                    .replyMarkup(keyboard("Готово", "done"))).isOk()).isTrue();
            ChatMessage edited = emulator.chat(ANNA_CHAT).message(id).orElseThrow();
            assertThat(edited.text()).isEqualTo("Шаг 2");
            assertThat(edited.previousTexts()).containsExactly("Шаг 1");
            assertThat(edited.buttons()).extracting(InlineButton::callbackData).containsExactly("done");

            assertThat(bot.execute(new EditMessageReplyMarkup(ANNA_CHAT, id)
                    .replyMarkup(keyboard("Ещё", "more"))).isOk()).isTrue();
            assertThat(emulator.chat(ANNA_CHAT).message(id).orElseThrow().editCount()).isEqualTo(2);

            // as in Telegram, editing the text without reply_markup drops the keyboard
            bot.execute(new EditMessageText(ANNA_CHAT, id, "Шаг 3"));
            assertThat(emulator.chat(ANNA_CHAT).message(id).orElseThrow().keyboard()).isEmpty();

            assertThat(bot.execute(new DeleteMessage(ANNA_CHAT, id)).isOk()).isTrue();
            ChatView chat = emulator.chat(ANNA_CHAT);
            assertThat(chat.message(id).orElseThrow().deleted()).isTrue();
            assertThat(chat.botMessages()).isEmpty();
            assertThat(chat.events()).extracting(ChatEvent::type).containsExactly(ChatEvent.Type.SENT,
                    ChatEvent.Type.SENT, ChatEvent.Type.EDITED, ChatEvent.Type.EDITED, ChatEvent.Type.EDITED,
                    ChatEvent.Type.DELETED);
            assertThat(bot.execute(new DeleteMessage(ANNA_CHAT, id)).description())
                    .isEqualTo("Bad Request: message to delete not found");
        }

        @Test
        void listenersSeeEveryChange() {
            List<ChatEvent> events = new ArrayList<>();
            emulator.addListener(events::add);

            int id = bot.execute(new SendMessage(ANNA_CHAT, "a")).message().messageId();
            bot.execute(new EditMessageText(ANNA_CHAT, id, "b"));

            assertThat(events).extracting(ChatEvent::type).containsExactly(ChatEvent.Type.SENT, ChatEvent.Type.EDITED);
            assertThat(events.get(1).message().text()).isEqualTo("b");
        }

        @Test
        void commandsAreStoredPerLanguage() {
            assertThat(bot.execute(new SetMyCommands(
                    new BotCommand("client", "Клиенты"),
                    new BotCommand("order", "Новый заказ"),
                    new BotCommand("calendar", "Календарь")).languageCode("ru")).isOk()).isTrue();

            GetMyCommandsResponse ru = bot.execute(new GetMyCommands().languageCode("ru"));
            assertThat(ru.commands()).extracting(BotCommand::command).containsExactly("client", "order", "calendar");
            assertThat(bot.execute(new GetMyCommands()).commands()).isEmpty();
            assertThat(emulator.commands("{\"type\":\"default\"}", "ru")).hasSize(3);

            BaseResponse invalid = bot.execute(new SetMyCommands(new BotCommand("Bad Command", "x")));
            assertThat(invalid.description()).isEqualTo("Bad Request: BOT_COMMAND_INVALID");
        }

        @Test
        void photosAndDocumentsKeepTheirBytes() {
            byte[] photo = {(byte) 0xFF, (byte) 0xD8, 0, 13, 10, 45, 45, 1};
            byte[] csv = "uid;name\r\n1;Иванов\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);

            SendResponse sentPhoto = bot.execute(new SendPhoto(ANNA_CHAT, photo).caption("<i>Арена</i>").parseMode(ParseMode.HTML));
            SendResponse sentDocument = bot.execute(new SendDocument(ANNA_CHAT, csv).fileName("clients.csv")
                    .contentType("text/csv").replyMarkup(keyboard("Ещё", "more")));

            assertThat(sentPhoto.isOk()).isTrue();
            assertThat(sentPhoto.message().photo()[0].fileSize()).isEqualTo(photo.length);
            assertThat(sentDocument.message().document().fileName()).isEqualTo("clients.csv");
            List<ChatMessage> messages = emulator.chat(ANNA_CHAT).botMessages();
            assertThat(messages.get(0).kind()).isEqualTo(ChatMessage.Kind.PHOTO);
            assertThat(messages.get(0).plainText()).isEqualTo("Арена");
            assertThat(messages.get(0).attachment().bytes()).isEqualTo(photo);
            assertThat(messages.get(1).kind()).isEqualTo(ChatMessage.Kind.DOCUMENT);
            assertThat(messages.get(1).attachment().bytes()).isEqualTo(csv);
            assertThat(messages.get(1).attachment().mimeType()).isEqualTo("text/csv");
            assertThat(messages.get(1).buttons()).hasSize(1);

            BaseResponse editPhotoText = bot.execute(new EditMessageText(ANNA_CHAT, sentPhoto.message().messageId(), "x"));
            assertThat(editPhotoText.description()).isEqualTo("Bad Request: there is no text in the message to edit");
        }

        @Test
        void chatActionsAreLogged() {
            assertThat(bot.execute(new SendChatAction(ANNA_CHAT, com.pengrad.telegrambot.model.request.ChatAction.typing)).isOk())
                    .isTrue();
            assertThat(emulator.calls("sendChatAction")).singleElement()
                    .satisfies(call -> assertThat(call.params()).containsEntry("action", "typing"));
        }

        @Test
        void unknownChatIsRefused() {
            BaseResponse response = bot.execute(new SendMessage(777L, "hi"));
            assertThat(response.errorCode()).isEqualTo(400);
            assertThat(response.description()).isEqualTo("Bad Request: chat not found");
        }
    }

    @Nested
    class Limits {

        @BeforeEach
        void annaStartsTheChat() {
            emulator.sendText(ANNA, ANNA_CHAT, "/start");
        }

        @Test
        void textOver4096CharactersIsTooLong() {
            assertThat(bot.execute(new SendMessage(ANNA_CHAT, "я".repeat(4096))).isOk()).isTrue();
            // markup does not count
            assertThat(bot.execute(new SendMessage(ANNA_CHAT, "<b>" + "я".repeat(4096) + "</b>").parseMode(ParseMode.HTML))
                    .isOk()).isTrue();

            BaseResponse tooLong = bot.execute(new SendMessage(ANNA_CHAT, "я".repeat(4097)));
            assertThat(tooLong.errorCode()).isEqualTo(400);
            assertThat(tooLong.description()).isEqualTo("Bad Request: message is too long");
        }

        @Test
        void callbackDataOver64BytesIsInvalid() {
            assertThat(bot.execute(new SendMessage(ANNA_CHAT, "ok").replyMarkup(keyboard("ok", "x".repeat(64))))
                    .isOk()).isTrue();

            BaseResponse ascii = bot.execute(new SendMessage(ANNA_CHAT, "no").replyMarkup(keyboard("no", "x".repeat(65))));
            // 33 Cyrillic letters are 66 bytes in UTF-8
            BaseResponse cyrillic = bot.execute(new SendMessage(ANNA_CHAT, "no").replyMarkup(keyboard("no", "я".repeat(33))));

            assertThat(List.of(ascii, cyrillic)).allSatisfy(response -> {
                assertThat(response.errorCode()).isEqualTo(400);
                assertThat(response.description()).isEqualTo("Bad Request: BUTTON_DATA_INVALID");
            });
            assertThat(emulator.chat(ANNA_CHAT).botMessages()).hasSize(1);
        }

        @Test
        void identicalEditIsNotModified() {
            int id = bot.execute(new SendMessage(ANNA_CHAT, "Заказ").replyMarkup(keyboard("OK", "ok"))).message().messageId();

            BaseResponse sameText = bot.execute(new EditMessageText(ANNA_CHAT, id, "Заказ").replyMarkup(keyboard("OK", "ok")));
            BaseResponse sameMarkup = bot.execute(new EditMessageReplyMarkup(ANNA_CHAT, id).replyMarkup(keyboard("OK", "ok")));

            assertThat(List.of(sameText, sameMarkup)).allSatisfy(response -> {
                assertThat(response.errorCode()).isEqualTo(400);
                assertThat(response.description()).startsWith("Bad Request: message is not modified: ");
            });
            assertThat(emulator.chat(ANNA_CHAT).message(id).orElseThrow().editCount()).isZero();
        }

        @Test
        void invalidHtmlCannotBeParsed() {
            BaseResponse lessThan = bot.execute(new SendMessage(ANNA_CHAT, "Tom < 3 friends").parseMode(ParseMode.HTML));
            BaseResponse unknownTag = bot.execute(new SendMessage(ANNA_CHAT, "Tom <3").parseMode(ParseMode.HTML));
            BaseResponse br = bot.execute(new SendMessage(ANNA_CHAT, "a<br>b").parseMode(ParseMode.HTML));
            BaseResponse unclosed = bot.execute(new SendMessage(ANNA_CHAT, "<b>bold").parseMode(ParseMode.HTML));

            assertThat(List.of(lessThan, unknownTag, br, unclosed)).allSatisfy(response -> {
                assertThat(response.errorCode()).isEqualTo(400);
                assertThat(response.description()).startsWith("Bad Request: can't parse entities: ");
            });
            assertThat(br.description()).contains("Unsupported start tag \"br\"");

            SendResponse escaped = bot.execute(new SendMessage(ANNA_CHAT,
                    "Tom &lt;3 &amp; <a href=\"https://t.me/x?a=1&amp;b=2\">ссылка</a>").parseMode(ParseMode.HTML));
            assertThat(escaped.isOk()).isTrue();
            assertThat(escaped.message().text()).isEqualTo("Tom <3 & ссылка");
            // without parse_mode the same text is fine
            assertThat(bot.execute(new SendMessage(ANNA_CHAT, "Tom < 3")).isOk()).isTrue();
        }

        @Test
        void unknownMethodIsNotFound() {
            BaseResponse response = bot.execute(new SendUnicorn());

            assertThat(response.isOk()).isFalse();
            assertThat(response.errorCode()).isEqualTo(404);
            assertThat(response.description()).isEqualTo("Not Found: method not found");
        }
    }

    @Nested
    class Faults {

        @Test
        void nextCallsFailAsInjected() {
            emulator.sendText(ANNA, ANNA_CHAT, "/start");
            emulator.failNext("sendMessage", 2, Fault.tooManyRequests(7));

            SendResponse first = bot.execute(new SendMessage(ANNA_CHAT, "a"));
            assertThat(first.errorCode()).isEqualTo(429);
            assertThat(first.parameters().retryAfter()).isEqualTo(7);
            assertThat(bot.execute(new SendMessage(ANNA_CHAT, "a")).errorCode()).isEqualTo(429);
            assertThat(bot.execute(new SendMessage(ANNA_CHAT, "a")).isOk()).isTrue();

            emulator.failNext("getMe", 1, Fault.internalServerError());
            assertThat(bot.execute(new GetMe()).errorCode()).isEqualTo(500);
            assertThat(emulator.calls("sendMessage")).extracting(ApiCall::errorCode).containsExactly(429, 429, 0);
        }

        @Test
        void droppedConnectionIsAnIoErrorForTheClient() {
            emulator.failNext("getMe", 5, Fault.droppedConnection());

            assertThatThrownBy(() -> bot.execute(new GetMe())).hasRootCauseInstanceOf(java.io.IOException.class);
        }

        @Test
        void droppedConnectionAfterDoingSendsTheMessageButAnswersNothing() {
            emulator.sendText(ANNA, ANNA_CHAT, "/start");
            emulator.failNext("sendMessage", 1, Fault.droppedConnectionAfterDoing());
            TelegramBot noResend = new TelegramBot.Builder(emulator.token()).apiUrl(emulator.apiUrl())
                    .okHttpClient(new okhttp3.OkHttpClient.Builder().retryOnConnectionFailure(false).build()).build();
            try {
                assertThatThrownBy(() -> noResend.execute(new SendMessage(ANNA_CHAT, "Заказ создан")))
                        .hasRootCauseInstanceOf(java.io.IOException.class);
            } finally {
                noResend.shutdown();
            }

            assertThat(emulator.chat(ANNA_CHAT).botMessages()).extracting(ChatMessage::text).containsExactly("Заказ создан");
            assertThat(emulator.calls("sendMessage")).extracting(ApiCall::errorCode).containsExactly(-1);
        }
    }

    private static InlineKeyboardMarkup keyboard(String text, String data) {
        return new InlineKeyboardMarkup(new InlineKeyboardButton(text).callbackData(data));
    }

    private Update lastUpdate() {
        List<Update> updates = bot.execute(new GetUpdates()).updates();
        return updates.get(updates.size() - 1);
    }

    /** A method the Bot API does not have. */
    static final class SendUnicorn extends BaseRequest<SendUnicorn, BaseResponse> {
        SendUnicorn() {
            super(BaseResponse.class);
        }
    }

    @Nested
    class SimulatedNetwork {

        @Test
        void everyCallTakesTheSimulatedNetworkTime() {
            emulator.simulateNetworkDelay(Duration.ofMillis(200));
            emulator.sendText(ANNA, ANNA_CHAT, "привет");

            long started = System.nanoTime();
            assertThat(bot.execute(new GetMe()).isOk()).isTrue();
            SendResponse sent = bot.execute(new SendMessage(ANNA_CHAT, "ответ"));
            long tookMillis = (System.nanoTime() - started) / 1_000_000;

            assertThat(sent.isOk()).isTrue();
            assertThat(tookMillis).isGreaterThanOrEqualTo(400);
            assertThat(emulator.networkDelay()).isEqualTo(Duration.ofMillis(200));
        }

        @Test
        void updateIdsCanGoOnFromAGivenId() {
            emulator.continueUpdateIdsFrom(5_000);
            emulator.sendText(ANNA, ANNA_CHAT, "a");
            emulator.sendText(ANNA, ANNA_CHAT, "b");

            GetUpdatesResponse updates = bot.execute(new GetUpdates());

            assertThat(updates.updates()).extracting(Update::updateId).containsExactly(5_000, 5_001);
        }

        @Test
        void aNegativeDelayIsRefused() {
            assertThatThrownBy(() -> emulator.simulateNetworkDelay(Duration.ofMillis(-1)))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class DeliveringWebhooks {

        private final List<String> bodies = new CopyOnWriteArrayList<>();
        private final List<String> secrets = new CopyOnWriteArrayList<>();
        private final java.util.concurrent.atomic.AtomicInteger failuresLeft = new java.util.concurrent.atomic.AtomicInteger();
        private com.sun.net.httpserver.HttpServer webhook;

        @BeforeEach
        void listen() throws java.io.IOException {
            webhook = com.sun.net.httpserver.HttpServer.create(
                    new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
            webhook.createContext("/hook", exchange -> {
                try (exchange) {
                    bodies.add(new String(exchange.getRequestBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                    secrets.add(String.valueOf(exchange.getRequestHeaders().getFirst("X-Telegram-Bot-Api-Secret-Token")));
                    exchange.sendResponseHeaders(failuresLeft.getAndDecrement() > 0 ? 500 : 200, -1);
                }
            });
            webhook.start();
            emulator.deliverWebhooksTo(java.net.URI.create("http://127.0.0.1:" + webhook.getAddress().getPort() + "/hook"), 4);
        }

        @AfterEach
        void stopListening() {
            webhook.stop(0);
        }

        @Test
        void pendingUpdatesArePostedWithTheSecretOnceAWebhookIsSet() {
            emulator.sendText(ANNA, ANNA_CHAT, "до вебхука");
            assertThat(bot.execute(new SetWebhook().url("https://example.org/hook").secretToken("s3cret")).isOk()).isTrue();
            emulator.sendText(ANNA, ANNA_CHAT, "после");

            emulator.awaitIdle(Duration.ofMillis(100), WAIT);

            assertThat(bodies).hasSize(2);
            assertThat(String.join("\n", bodies)).contains("до вебхука", "после", "\"update_id\"");
            assertThat(secrets).containsOnly("s3cret");
            assertThat(emulator.pendingUpdateCount()).isZero();
        }

        @Test
        void anUpdateTheWebhookRefusesIsPostedAgain() {
            failuresLeft.set(1);
            assertThat(bot.execute(new SetWebhook().url("https://example.org/hook")).isOk()).isTrue();

            emulator.sendText(ANNA, ANNA_CHAT, "ещё раз");
            emulator.awaitIdle(Duration.ofMillis(300), WAIT);

            assertThat(bodies).hasSize(2).allSatisfy(body -> assertThat(body).contains("ещё раз"));
            assertThat(emulator.pendingUpdateCount()).isZero();
        }

        @Test
        void nothingIsPostedWithoutAWebhook() throws InterruptedException {
            emulator.sendText(ANNA, ANNA_CHAT, "в очереди");
            Thread.sleep(200);

            assertThat(bodies).isEmpty();
            assertThat(emulator.pendingUpdateCount()).isEqualTo(1);
        }
    }
}
