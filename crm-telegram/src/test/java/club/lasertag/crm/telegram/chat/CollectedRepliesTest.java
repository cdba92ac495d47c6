package club.lasertag.crm.telegram.chat;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Replies collected as data, resolved against the update they answer. */
class CollectedRepliesTest {

    private static final Sender ANNA = new Sender(1, "Анна", null, Locale.ROOT);

    @Test
    void aPressIsAnsweredOnceAndFirstAndItsScreenShownInPlace() {
        CollectedReplies replies = new CollectedReplies(new Incoming(9, 1, true, ANNA, new Incoming.Press("q-1", 55, "x")));

        replies.show(Screen.of("screen"));
        replies.send(Screen.of("more"));
        replies.notice("done");
        replies.notice(null);

        assertThat(replies.replies()).containsExactly(new Reply.Notice("q-1", "done"),
                new Reply.Show(55, Screen.of("screen")), new Reply.Send(Screen.of("more")));
    }

    @Test
    void withoutAPressShowingIsSendingAndThereIsNothingToAnswer() {
        CollectedReplies replies = new CollectedReplies(new Incoming(9, 1, true, ANNA, new Incoming.Text("hi")));

        replies.show(Screen.of("screen"));
        replies.notice("ignored");

        assertThat(replies.replies()).containsExactly(new Reply.Send(Screen.of("screen")));
    }

    @Test
    void anUnsupportedUpdateWithACallbackQueryIsAnswered() {
        CollectedReplies replies = new CollectedReplies(new Incoming(9, 1, true, ANNA,
                new Incoming.Unsupported(Incoming.Unsupported.INLINE_BUTTON, "q-2")));

        replies.notice(null);

        assertThat(replies.replies()).containsExactly(new Reply.Notice("q-2", null));
    }

    @Test
    void filesAreNewMessagesInOrderEvenAfterAPressAndShowTheRoleItsButtonsOnly() {
        CollectedReplies collected = new CollectedReplies(new Incoming(9, 1, true, ANNA, new Incoming.Press("q-3", 55, "x")));
        Replies replies = new RoleReplies(collected, club.lasertag.crm.domain.staff.Role.INSTRUCTOR);
        Upload png = Upload.png("day.png", new byte[] {1, 2, 3});
        Upload csv = new Upload("orders.csv", "text/csv", new byte[] {4});
        Button anyone = new Button("📅 День", "cal:d");
        Button managers = new Button("✏️", "o:1:edit", java.util.Optional.of(club.lasertag.crm.domain.staff.Permission.MANAGE_ORDERS));

        replies.photo(png, Screen.builder("День").row(anyone, managers).build());
        replies.document(csv, Screen.of("Заказы"));
        replies.notice(null);

        assertThat(collected.replies()).containsExactly(new Reply.Notice("q-3", null),
                new Reply.Photo(png, Screen.builder("День").row(anyone).build()),
                new Reply.Document(csv, Screen.of("Заказы")));
    }
}
