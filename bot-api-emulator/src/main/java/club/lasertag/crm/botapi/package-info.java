/**
 * A fake Telegram Bot API server for tests and the browser sandbox: {@link
 * club.lasertag.crm.botapi.BotApiEmulator}.
 *
 * <pre>{@code
 * try (BotApiEmulator telegram = BotApiEmulator.start()) {
 *     TelegramBot bot = new TelegramBot.Builder(telegram.token()).apiUrl(telegram.apiUrl()).build();
 *     bot.setUpdatesListener(myRouter, new GetUpdates().timeout(5));
 *     EmulatedUser anna = EmulatedUser.of(1001, "Анна");
 *
 *     telegram.sendText(anna, anna.id(), "/client");
 *     ChatMessage menu = telegram.awaitBotMessages(anna.id(), 1, Duration.ofSeconds(5)).get(0);
 *     String query = telegram.pressButton(anna, menu, "Найти");
 *     telegram.awaitIdle(Duration.ofMillis(200), Duration.ofSeconds(5));
 *     assertThat(telegram.callbackQuery(query).orElseThrow().answered()).isTrue();
 * }
 * }</pre>
 *
 * <p>State is a list of {@link club.lasertag.crm.botapi.ChatMessage} per chat plus an event
 * history ({@link club.lasertag.crm.botapi.ChatEvent}) with listeners, so a web page can
 * render and follow a chat later. Not emulated: webhooks delivery, inline mode, files download,
 * MarkdownV2 validation, reply keyboards in the chat view.
 */
package club.lasertag.crm.botapi;
