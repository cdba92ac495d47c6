package club.lasertag.crm.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import club.lasertag.crm.domain.feed.FeedToken;
import club.lasertag.crm.domain.feed.FeedTokenHash;
import club.lasertag.crm.domain.port.out.FeedTokens;
import club.lasertag.crm.domain.staff.StaffId;
import java.security.SecureRandom;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What every {@link FeedTokens} does: the in-memory fake, SQLite and PostgreSQL alike. */
abstract class FeedTokensContract {

    private static final StaffId ANNA = new StaffId(5_000_000_001L);
    private static final StaffId BORIS = new StaffId(2);
    private static final Instant MORNING = Instant.parse("2030-06-01T08:00:00.123Z");

    private final SecureRandom random = new SecureRandom();

    abstract FeedTokens tokens();

    private FeedTokenHash newHash() {
        return FeedToken.random(random).hash();
    }

    @Test
    void findsAnOwnerByTheirTokensHash() {
        FeedTokenHash annas = newHash();
        FeedTokenHash boriss = newHash();

        tokens().replace(ANNA, annas, MORNING);
        tokens().replace(BORIS, boriss, MORNING);

        assertThat(tokens().ownerOf(annas)).contains(ANNA);
        assertThat(tokens().ownerOf(boriss)).contains(BORIS);
        assertThat(tokens().ownerOf(newHash())).isEmpty();
        assertThat(tokens().issuedAt(ANNA)).contains(MORNING);
        assertThat(tokens().issuedAt(new StaffId(99))).isEmpty();
    }

    @Test
    void aNewTokenReplacesTheOldOneAtOnce() {
        FeedTokenHash old = newHash();
        FeedTokenHash renewed = newHash();
        tokens().replace(ANNA, old, MORNING);

        tokens().replace(ANNA, renewed, MORNING.plusSeconds(60));

        assertThat(tokens().ownerOf(old)).isEmpty();
        assertThat(tokens().ownerOf(renewed)).contains(ANNA);
        assertThat(tokens().issuedAt(ANNA)).contains(MORNING.plusSeconds(60));
    }
}
