package club.lasertag.crm.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import club.lasertag.crm.domain.briefing.Briefing;
import club.lasertag.crm.domain.briefing.BriefingTimes;
import club.lasertag.crm.domain.port.out.BriefingPreferences;
import club.lasertag.crm.domain.staff.StaffId;
import java.time.LocalTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every {@link BriefingPreferences} does: the in-memory fake, SQLite and PostgreSQL alike. */
abstract class BriefingPreferencesContract {

    private static final StaffId ANNA = new StaffId(5_000_000_001L);
    private static final StaffId OLEG = new StaffId(7);

    abstract BriefingPreferences preferences();

    @Test
    void theTimesAreTheDefaultsUntilTheAdminSetsThem() {
        assertThat(preferences().times()).isEqualTo(BriefingTimes.DEFAULTS);

        BriefingTimes set = new BriefingTimes(LocalTime.of(8, 30), LocalTime.of(19, 15));
        preferences().saveTimes(set);
        preferences().saveTimes(set.withEvening(LocalTime.of(20, 0)));

        assertThat(preferences().times()).isEqualTo(new BriefingTimes(LocalTime.of(8, 30), LocalTime.of(20, 0)));
    }

    @Test
    void eachMembersOptOutsAreTheirOwnAndReplacedWhole() {
        preferences().saveOptedOut(ANNA, Set.of(Briefing.MORNING_PLAN, Briefing.FOLLOW_UPS));
        preferences().saveOptedOut(OLEG, Set.of(Briefing.CONFIRMATIONS));

        preferences().saveOptedOut(ANNA, Set.of(Briefing.FOLLOW_UPS));

        assertThat(preferences().optedOut(ANNA)).containsExactly(Briefing.FOLLOW_UPS);
        assertThat(preferences().optedOut(OLEG)).containsExactly(Briefing.CONFIRMATIONS);
        assertThat(preferences().optedOut(new StaffId(99))).isEmpty();
    }

    @Test
    void aMemberMarkedUnreachableIsReachableAgainWhenCleared() {
        preferences().setUnreachable(ANNA, true);
        preferences().setUnreachable(ANNA, true);

        assertThat(preferences().isUnreachable(ANNA)).isTrue();
        assertThat(preferences().isUnreachable(OLEG)).isFalse();

        preferences().setUnreachable(ANNA, false);
        assertThat(preferences().isUnreachable(ANNA)).isFalse();
    }
}
