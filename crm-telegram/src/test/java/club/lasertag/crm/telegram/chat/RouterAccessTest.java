package club.lasertag.crm.telegram.chat;

import club.lasertag.crm.chat.testing.InMemoryDialogStates;
import club.lasertag.crm.domain.staff.Permission;
import club.lasertag.crm.domain.testing.TestCrm;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static club.lasertag.crm.domain.testing.BookingRequestBuilder.aBooking;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A use case that refuses the actor ({@code NotPermitted}) is answered politely, in the user's language, and
 * nothing is stored: for the day a button slips past the bot's own role checks.
 */
class RouterAccessTest {

    private final TestCrm crm = new TestCrm();
    private final List<String> replies = new ArrayList<>();

    /** A feature that books whatever the role: as if it declared its command with too weak a permission. */
    private final Feature<Action> careless = new Feature<>() {

        @Override
        public List<Command> commands() {
            return List.of(Command.of("book", Permission.VIEW_SCHEDULE, 1));
        }

        @Override
        public String deniedKey() {
            return "order.denied";
        }

        @Override
        public void onCommand(Turn turn, Incoming.Command command) {
            crm.bookingService.book(aBooking().client(crm.client().id()).build(), turn.actor());
            turn.replies().send(Screen.of("booked"));
        }
    };

    private final Router router = new Router(List.of(careless), crm.staffService, new InMemoryDialogStates(),
            crm.clock, CommandMenu.NONE);

    @Test
    void anInstructorsRefusedBookingIsAnsweredPolitely() {
        send(TestCrm.INSTRUCTOR.value(), Texts.RUSSIAN);

        assertThat(replies).containsExactly("send: " + Texts.forLocale(Texts.RUSSIAN).get("access.notPermitted"));
        assertThat(replies.get(0)).contains("недоступно").doesNotContain("Exception", "MANAGE_ORDERS");
        assertThat(crm.allOrders()).isEmpty();
    }

    @Test
    void inEnglishToo() {
        send(TestCrm.INSTRUCTOR.value(), Locale.ENGLISH);

        assertThat(replies).containsExactly("send: You may not do this. The button may be out of date or your role"
                + " may have changed — see /help.");
    }

    @Test
    void aManagerMayBook() {
        send(TestCrm.MANAGER.value(), Texts.RUSSIAN);

        assertThat(replies).containsExactly("send: booked");
        assertThat(crm.allOrders()).hasSize(1);
    }

    private void send(long userId, Locale locale) {
        Incoming incoming = new Incoming(replies.size() + 100, userId, true, new Sender(userId, "Игорь", null, locale),
                new Incoming.Command("book", "", false));
        router.handle(incoming, new Replies() {

            @Override
            public void send(Screen screen) {
                replies.add("send: " + screen.html());
            }

            @Override
            public void show(Screen screen) {
                replies.add("show: " + screen.html());
            }

            @Override
            public void photo(Upload image, Screen caption) {
                replies.add("photo: " + caption.html());
            }

            @Override
            public void document(Upload file, Screen caption) {
                replies.add("document: " + caption.html());
            }

            @Override
            public void notice(String text) {
                replies.add("notice: " + text);
            }
        });
    }
}
