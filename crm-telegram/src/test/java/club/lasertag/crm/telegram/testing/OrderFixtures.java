package club.lasertag.crm.telegram.testing;

import club.lasertag.crm.domain.client.Client;
import club.lasertag.crm.domain.order.Order;
import club.lasertag.crm.domain.port.in.BookingOutcome;
import club.lasertag.crm.domain.port.in.SaveClient;
import club.lasertag.crm.domain.testing.BookingRequestBuilder;
import club.lasertag.crm.botapi.ChatMessage;
import club.lasertag.crm.botapi.EmulatedUser;
import club.lasertag.crm.botapi.InlineButton;

import java.util.List;

import static club.lasertag.crm.domain.testing.ClientProfileBuilder.aClient;

/** Clients and orders arranged through the use cases, and button presses by label prefix, for scenario tests. */
public final class OrderFixtures {

    private final BotHarness bot;

    public OrderFixtures(BotHarness bot) {
        this.bot = bot;
    }

    public Client client(String surname, String phoneE164) {
        SaveClient.ClientSaved saved = bot.crm.clientService.add(aClient().surname(surname).phone(phoneE164).build(), BotHarness.staffIdOf(bot.manager));
        return ((SaveClient.ClientSaved.Saved) saved).client();
    }

    /** One hour on the arena, then an hour in room 1, ten players, booked by the manager. */
    public Order booked(Client client, String isoDate, String time) {
        return booked(BookingRequestBuilder.aBooking().client(client.id()).on(isoDate).at(time));
    }

    public Order booked(BookingRequestBuilder request) {
        BookingOutcome outcome = bot.crm.bookingService.book(request.build(), BotHarness.staffIdOf(bot.manager));
        if (outcome instanceof BookingOutcome.Booked booked) {
            return booked.order();
        }
        throw new AssertionError("arranged booking refused: " + outcome);
    }

    /** Presses the first button whose label starts with {@code prefix}; returns the bot's latest message. */
    public ChatMessage pressStartingWith(EmulatedUser user, ChatMessage message, String prefix) {
        return bot.press(user, message, labelStartingWith(message, prefix));
    }

    /** Presses a button and returns the id of the callback query, to check how the bot answered it. */
    public String pressForAnswer(EmulatedUser user, ChatMessage message, String label) {
        String id = bot.telegram.pressButton(user, message, label);
        bot.awaitIdle();
        return id;
    }

    public static String labelStartingWith(ChatMessage message, String prefix) {
        return message.buttons().stream().map(InlineButton::text).filter(text -> text.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no button starting with '" + prefix + "' in " + labels(message)));
    }

    public static List<String> labels(ChatMessage message) {
        return message.buttons().stream().map(InlineButton::text).toList();
    }
}
