package club.lasertag.crm.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import club.lasertag.crm.chat.updates.Inbox;
import club.lasertag.crm.chat.updates.Inbox.Entry;
import org.junit.jupiter.api.Test;

/** What every {@link Inbox} does: the in-memory fake, SQLite and PostgreSQL alike. */
abstract class InboxContract {

    abstract Inbox inbox();

    @Test
    void storedUpdatesArePendingByIdUntilDone() {
        inbox().store(12, 7, "twelve");
        inbox().store(10, 8, "ten");
        inbox().store(11, 7, "eleven");

        assertThat(inbox().pending()).containsExactly(
                new Entry(10, 8, "ten"), new Entry(11, 7, "eleven"), new Entry(12, 7, "twelve"));

        inbox().done(11);

        assertThat(inbox().pending()).containsExactly(new Entry(10, 8, "ten"), new Entry(12, 7, "twelve"));
    }

    @Test
    void storingAnUpdateAgainKeepsTheFirst() {
        inbox().store(5, 1, "first");
        inbox().store(5, 2, "again");

        assertThat(inbox().pending()).containsExactly(new Entry(5, 1, "first"));
    }

    @Test
    void theUpdateIsKeptVerbatimWithLargeIds() {
        String json = "{\"update_id\":123456789012,\"message\":{\"text\":\"<b>Иванов</b> & 😀 \\\\ \\n\"}}"
                + "ж".repeat(5000);

        inbox().store(123_456_789_012L, -1_001_234_567_890L, json);

        assertThat(inbox().pending()).containsExactly(new Entry(123_456_789_012L, -1_001_234_567_890L, json));
    }

    @Test
    void doneTwiceOrForAnUnknownIdChangesNothing() {
        inbox().store(1, 2, "x");
        inbox().store(3, 2, "y");

        inbox().done(1);
        inbox().done(1);
        inbox().done(999_999);

        assertThat(inbox().pending()).containsExactly(new Entry(3, 2, "y"));
    }

    @Test
    void anUpdateJustStoredIsHeldByItsInstanceAndNotClaimedByAnother() {
        inbox().store(1, 2, "x");

        assertThat(inbox().claim(10)).isEmpty();
        assertThat(inbox().pending()).containsExactly(new Entry(1, 2, "x"));
    }

    @Test
    void anEmptyInboxHasNothingPending() {
        assertThat(inbox().pending()).isEmpty();
        assertThat(inbox().claim(10)).isEmpty();
    }
}
