package club.lasertag.crm.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import club.lasertag.crm.domain.briefing.Briefing;
import club.lasertag.crm.domain.briefing.Occasion;
import club.lasertag.crm.domain.port.out.SentBriefings;
import club.lasertag.crm.domain.staff.StaffId;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What every {@link SentBriefings} does: the in-memory fake, SQLite and PostgreSQL alike. */
abstract class SentBriefingsContract {

    private static final Occasion MORNING = new Occasion(Briefing.MORNING_PLAN, LocalDate.of(2030, 6, 15));
    private static final StaffId ANNA = new StaffId(5_000_000_001L);
    private static final Instant AT = Instant.parse("2030-06-15T06:00:00Z");

    abstract SentBriefings sent();

    @Test
    void anOccasionIsRecordedOncePerRecipient() {
        assertThat(sent().wasSent(MORNING, ANNA)).isFalse();

        assertThat(sent().record(MORNING, ANNA, AT)).isTrue();
        assertThat(sent().record(MORNING, ANNA, AT.plusSeconds(60))).isFalse();

        assertThat(sent().wasSent(MORNING, ANNA)).isTrue();
    }

    @Test
    void otherRecipientsAndOccasionsAreApart() {
        sent().record(MORNING, ANNA, AT);

        assertThat(sent().record(MORNING, new StaffId(7), AT)).isTrue();
        assertThat(sent().record(new Occasion(Briefing.MORNING_PLAN, LocalDate.of(2030, 6, 16)), ANNA, AT)).isTrue();
        assertThat(sent().record(new Occasion(Briefing.FOLLOW_UPS, LocalDate.of(2030, 6, 15)), ANNA, AT)).isTrue();
    }
}
