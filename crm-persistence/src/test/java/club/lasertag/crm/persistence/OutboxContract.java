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
    void anEmptyOutboxHasNothingPending() {
        assertThat(outbox().pending(100)).isEmpty();
    }
}
