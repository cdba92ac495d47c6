package club.lasertag.crm.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import club.lasertag.crm.chat.outbox.Outbox;
import club.lasertag.crm.chat.outbox.Outbox.Entry;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What every {@link Outbox} does: the in-memory fake, SQLite and PostgreSQL alike. */
abstract class OutboxContract {

    abstract Outbox outbox();

    @Test
    void appendedRepliesArePendingOldestFirstUntilDelivered() {
        Entry first = outbox().append(101, 7, "one");
        Entry second = outbox().append(102, 8, "two");
        Entry third = outbox().append(102, 8, "three");

        assertThat(second.id()).isGreaterThan(first.id());
        assertThat(third.id()).isGreaterThan(second.id());
        assertThat(outbox().pending(10)).containsExactly(first, second, third);
        assertThat(outbox().pending(2)).containsExactly(first, second);

        outbox().delivered(second.id());

        assertThat(outbox().pending(10)).containsExactly(first, third);
    }

    @Test
    void theBacklogCountsTheRepliesNotDelivered() {
        assertThat(outbox().backlog()).isZero();
        Entry first = outbox().append(101, 7, "one");
        outbox().append(102, 8, "two");
        assertThat(outbox().backlog()).isEqualTo(2);

        outbox().delivered(first.id());

        assertThat(outbox().backlog()).isEqualTo(1);
    }

    @Test
    void anEntryKeepsWhatItAnswersAndWhen() {
        Instant before = Instant.now().minusSeconds(1);

        Entry entry = outbox().append(123_456_789_012L, -1_001_234_567_890L, "{}");

        assertThat(entry.updateId()).isEqualTo(123_456_789_012L);
        assertThat(entry.chatId()).isEqualTo(-1_001_234_567_890L);
        assertThat(entry.createdAt()).isBetween(before, Instant.now().plus(Duration.ofSeconds(1)));
        assertThat(outbox().pending(1)).containsExactly(entry);
    }

    @Test
    void thePayloadIsKeptVerbatim() {
        String payload = "{\"v\":1,\"html\":\"<b>Иванов</b> &amp; 😀 'quoted' \\\\ \\n\"}" + "ж".repeat(5000);

        outbox().append(1, 2, payload);

        assertThat(outbox().pending(1)).singleElement().extracting(Entry::payload).isEqualTo(payload);
    }

    @Test
    void aLargePayloadOfAFileReplyIsKeptWhole() {
        // a day picture or a CSV export travels in base64 inside the payload: a few hundred KB to a few MB
        byte[] bytes = new byte[3 * 1024 * 1024];
        new java.util.Random(3).nextBytes(bytes);
        String payload = "{\"v\":1,\"type\":\"document\",\"bytes\":\"" + java.util.Base64.getEncoder().encodeToString(bytes) + "\"}";

        outbox().append(1, 2, payload);

        assertThat(outbox().pending(1)).singleElement().extracting(Entry::payload).isEqualTo(payload);
    }

    @Test
    void deliveringTwiceOrAnUnknownIdChangesNothing() {
        Entry entry = outbox().append(1, 2, "x");
        Entry other = outbox().append(1, 2, "y");

        outbox().delivered(entry.id());
        outbox().delivered(entry.id());
        outbox().delivered(999_999);

        assertThat(outbox().pending(10)).containsExactly(other);
    }

    @Test
    void aReplyIsHeldByItsWriterThenClaimedByOneRelayAtATimeUntilReleasedOrItsHoldLapses() {
        Entry first = outbox().append(1, 2, "first");
        Entry second = outbox().append(1, 2, "second");

        assertThat(outbox().claim(10, Duration.ZERO, Duration.ofMinutes(1))).as("held by the writer").isEmpty();
        assertThat(outbox().claim(1, Outbox.WRITER_HOLD.plusSeconds(1), Duration.ofMinutes(1)))
                .as("everything, held or not, one at most").containsExactly(first);
        assertThat(outbox().claim(10, Outbox.WRITER_HOLD.plusSeconds(1), Duration.ofMinutes(1)))
                .as("what another holds for a minute is not taken").containsExactly(second);

        outbox().release(second.id());

        assertThat(outbox().claim(10, Duration.ZERO, Duration.ofMinutes(1))).as("given back").containsExactly(second);
        assertThat(outbox().claim(10, Duration.ofMinutes(2), Duration.ofMinutes(1))).as("lapsing within 2 minutes")
                .containsExactly(first, second);
        assertThat(outbox().pending(10)).as("claiming changes nothing else").containsExactly(first, second);
    }

    @Test
    void anEmptyOutboxHasNothingPending() {
        assertThat(outbox().pending(100)).isEmpty();
    }
}
