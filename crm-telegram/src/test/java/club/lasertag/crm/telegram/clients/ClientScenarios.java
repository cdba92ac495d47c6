package club.lasertag.crm.telegram.clients;

import club.lasertag.crm.domain.client.Client;
import club.lasertag.crm.domain.client.ClientProfile;
import club.lasertag.crm.domain.common.Page;
import club.lasertag.crm.domain.order.Order;
import club.lasertag.crm.domain.port.in.BookingOutcome;
import club.lasertag.crm.domain.port.in.SaveClient.ClientSaved;
import club.lasertag.crm.domain.testing.TestCrm;
import club.lasertag.crm.botapi.CallbackQueryState;
import club.lasertag.crm.botapi.ChatMessage;
import club.lasertag.crm.botapi.EmulatedUser;
import club.lasertag.crm.botapi.InlineButton;
import club.lasertag.crm.telegram.testing.BotHarness;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Optional;

import static club.lasertag.crm.domain.testing.BookingRequestBuilder.aBooking;
import static club.lasertag.crm.domain.testing.ClientProfileBuilder.aClient;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the clients scenarios share: the bot (a test may restart it on the same ports), a manager who talks to
 * it, and short ways to arrange clients and orders and to read the bot's messages.
 */
@ExtendWith(BotHarness.PerClass.class)
abstract class ClientScenarios {

    protected final BotHarness bot = BotHarness.sharedBy(this);
    protected final TestCrm crm = bot.crm;
    protected EmulatedUser user = bot.manager;

    // ---- arranging ----

    protected Client client(String surname, String name, String phone) {
        return stored(aClient().surname(surname).name(name).midname("").phone(phone).build());
    }

    protected Client stored(ClientProfile profile) {
        ClientSaved saved = crm.clientService.add(profile, BotHarness.staffIdOf(bot.manager));
        assertThat(saved).isInstanceOf(ClientSaved.Saved.class);
        return ((ClientSaved.Saved) saved).client();
    }

    /** A booking for the client at 15:00 on 15 June 2030, club time. */
    protected Order upcomingOrderOf(Client client) {
        BookingOutcome outcome =
                crm.bookingService.book(aBooking().client(client.id()).build(), BotHarness.staffIdOf(bot.manager));
        assertThat(outcome).isInstanceOf(BookingOutcome.Booked.class);
        return ((BookingOutcome.Booked) outcome).order();
    }

    protected Optional<Client> storedWithPhone(String phone) {
        return crm.clientService.find(phone, Page.first(1), TestCrm.ADMIN).stream().findFirst();
    }

    protected List<Client> allClients() {
        return crm.clientService.find("", Page.first(Page.MAX_LIMIT), TestCrm.ADMIN);
    }

    // ---- talking ----

    /** The user types {@code text}; the bot answers with exactly one message. */
    protected ChatMessage say(String text) {
        return bot.sayOne(user, text);
    }

    /** The user presses a button of {@code message}; the bot's latest message after it. */
    protected ChatMessage press(ChatMessage message, String label) {
        return bot.press(user, message, label);
    }

    /** The card of the client found by an exact phone. */
    protected ChatMessage cardOf(Client client) {
        return say("/client " + client.phone().e164());
    }

    // ---- reading ----

    /** The message as the user sees it now, after any edits. */
    protected ChatMessage now(ChatMessage message) {
        return bot.telegram.chat(message.chatId()).message(message.messageId()).orElseThrow();
    }

    /** What the bot answered to the last button press (the short notice on top of the chat). */
    protected String lastNotice() {
        List<CallbackQueryState> queries = bot.telegram.callbackQueries();
        CallbackQueryState last = queries.get(queries.size() - 1);
        assertThat(last.answered()).isTrue();
        return last.answerText() == null ? "" : last.answerText();
    }

    protected static List<String> labels(ChatMessage message) {
        return message.buttons().stream().map(InlineButton::text).toList();
    }

    protected static List<String> clientButtons(ChatMessage message) {
        return labels(message).stream().filter(label -> label.contains(" · ")).toList();
    }

    protected static String dataOf(ChatMessage message, String label) {
        return message.callbackDataOf(label)
                .orElseThrow(() -> new AssertionError("no button " + label + " in " + labels(message)));
    }

    protected static void assertIsCardOf(ChatMessage message, String fullName) {
        assertThat(message.plainText()).contains("👤 " + fullName);
        assertThat(labels(message)).contains("✏️ Изменить", "🗑 Удалить", "📅 Новая бронь", "🗂 История");
    }
}
