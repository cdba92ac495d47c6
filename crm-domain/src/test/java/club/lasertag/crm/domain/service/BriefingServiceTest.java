package club.lasertag.crm.domain.service;

import club.lasertag.crm.domain.briefing.Briefing;
import club.lasertag.crm.domain.briefing.BriefingTimes;
import club.lasertag.crm.domain.briefing.MorningPlan;
import club.lasertag.crm.domain.briefing.Occasion;
import club.lasertag.crm.domain.briefing.PlannedGame;
import club.lasertag.crm.domain.client.Client;
import club.lasertag.crm.domain.order.GameType;
import club.lasertag.crm.domain.order.Gift;
import club.lasertag.crm.domain.order.Order;
import club.lasertag.crm.domain.order.OrderStatus;
import club.lasertag.crm.domain.port.in.BriefingSettings.Subscription;
import club.lasertag.crm.domain.port.in.Briefings.Delivery;
import club.lasertag.crm.domain.staff.NotPermitted;
import club.lasertag.crm.domain.staff.Permission;
import club.lasertag.crm.domain.testing.BookingRequestBuilder;
import club.lasertag.crm.domain.testing.TestCrm;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static club.lasertag.crm.domain.testing.BookingRequestBuilder.aBooking;
import static club.lasertag.crm.domain.testing.TestCrm.ADMIN;
import static club.lasertag.crm.domain.testing.TestCrm.INSTRUCTOR;
import static club.lasertag.crm.domain.testing.TestCrm.MANAGER;
import static club.lasertag.crm.domain.testing.TestCrm.STRANGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BriefingServiceTest {

    private static final LocalDate DAY = LocalDate.of(2030, 6, 15);

    private final TestCrm crm = new TestCrm();
    private final Client client = crm.client();

    private BookingRequestBuilder booking() {
        return aBooking().client(client.id()).on(DAY);
    }

    /** Moves the clock to this club-local time of {@link #DAY} (or another day). */
    private void at(LocalDate day, String time) {
        crm.clock.set(day.atTime(LocalTime.parse(time)).atZone(TestCrm.ZONE).toInstant());
    }

    private List<Occasion> occasionsFor(List<Delivery> deliveries, club.lasertag.crm.domain.staff.StaffId who) {
        return deliveries.stream().filter(delivery -> delivery.recipient().equals(who)).map(Delivery::occasion).toList();
    }

    @Test
    void theMorningPlanIsDueAtNineForEveryoneWhoMayReadTheSchedule() {
        crm.booked(booking().at("12:00"));

        at(DAY, "08:59");
        assertThat(crm.briefingService.due()).isEmpty();

        at(DAY, "09:00");
        assertThat(crm.briefingService.due()).extracting(Delivery::recipient)
                .containsExactly(ADMIN, MANAGER, INSTRUCTOR);
        assertThat(crm.briefingService.due()).extracting(Delivery::occasion)
                .containsOnly(new Occasion(Briefing.MORNING_PLAN, DAY));
    }

    @Test
    void aDeliveryRecordedAsSentIsNotDueAgainAndIsRecordedOnce() {
        crm.booked(booking().at("12:00"));
        at(DAY, "09:00");
        Delivery managers = new Delivery(new Occasion(Briefing.MORNING_PLAN, DAY), MANAGER);

        assertThat(crm.briefingService.recordSent(managers)).isTrue();
        assertThat(crm.briefingService.recordSent(managers)).isFalse();

        at(DAY, "10:00");
        assertThat(crm.briefingService.due()).extracting(Delivery::recipient).containsExactly(ADMIN, INSTRUCTOR);
    }

    @Test
    void aMissedMorningPlanIsStillDueUntilTheLastGameStartsAndDroppedAfter() {
        crm.booked(booking().at("12:00"));
        crm.booked(booking().at("16:00"));

        at(DAY, "15:59");
        assertThat(crm.briefingService.due()).isNotEmpty();

        at(DAY, "16:00");
        assertThat(crm.briefingService.due()).isEmpty();
    }

    @Test
    void noPlanOnADayWithoutGamesCancelledOnesLeftOut() {
        Order cancelled = crm.booked(booking().at("12:00"));
        crm.bookingService.change(cancelled.requireId(), OrderStatus.CANCELLED, MANAGER);

        at(DAY, "09:30");

        assertThat(crm.briefingService.due()).isEmpty();
        assertThat(crm.briefingService.morningPlan(DAY, MANAGER)).isEmpty();
    }

    @Test
    void thePlanSumsTheGiftsAndShowsPhonesOnlyToThoseWhoManageClients() {
        crm.booked(booking().at("12:00").players(10).gift(Gift.BANDANA));
        crm.booked(booking().at("15:00").players(8).gift(Gift.BANDANA));
        crm.booked(booking().at("18:00").players(5).gift(Gift.WITHOUT));

        MorningPlan managers = crm.briefingService.morningPlan(DAY, MANAGER).orElseThrow();
        MorningPlan instructors = crm.briefingService.morningPlan(DAY, INSTRUCTOR).orElseThrow();

        assertThat(managers.giftsToPrepare()).containsExactly(java.util.Map.entry(Gift.BANDANA, 18));
        assertThat(managers.games()).extracting(PlannedGame::phone).containsOnly(java.util.Optional.of(client.phone()));
        assertThat(instructors.games()).extracting(PlannedGame::phone).containsOnly(java.util.Optional.empty());
        assertThat(instructors.games()).extracting(PlannedGame::clientName)
                .containsOnly(java.util.Optional.of(client.fullName()));
    }

    @Test
    void theEveningListHasTomorrowsNewBookingsForThoseWhoManageOrders() {
        Order fresh = crm.booked(booking().at("12:00"));
        Order confirmed = crm.booked(booking().at("15:00"));
        crm.bookingService.change(confirmed.requireId(), OrderStatus.CONFIRMED, MANAGER);
        LocalDate eve = DAY.minusDays(1);

        at(eve, "18:00");

        assertThat(crm.briefingService.due()).extracting(Delivery::recipient).containsExactly(ADMIN, MANAGER);
        var list = crm.briefingService.confirmations(eve, MANAGER).orElseThrow();
        assertThat(list.day()).isEqualTo(DAY);
        assertThat(list.unconfirmed()).extracting(PlannedGame::orderId).containsExactly(fresh.requireId());
        assertThatThrownBy(() -> crm.briefingService.confirmations(eve, INSTRUCTOR))
                .isInstanceOf(NotPermitted.class);

        at(DAY, "00:00");
        assertThat(occasionsFor(crm.briefingService.due(), MANAGER))
                .doesNotContain(new Occasion(Briefing.CONFIRMATIONS, eve));
    }

    @Test
    void noEveningListWhenTomorrowIsAllConfirmed() {
        Order order = crm.booked(booking().at("12:00"));
        crm.bookingService.change(order.requireId(), OrderStatus.CONFIRMED, MANAGER);

        at(DAY.minusDays(1), "20:00");

        assertThat(crm.briefingService.due()).isEmpty();
        assertThat(crm.briefingService.confirmations(DAY.minusDays(1), MANAGER)).isEmpty();
    }

    @Test
    void theMorningAfterABirthdayTheManagerThanksTheFamilyAndElevenMonthsLaterInvitesThemAgain() {
        Order birthday = crm.booked(booking().at("12:00").gameType(GameType.BIRTHDAY));
        crm.booked(booking().at("15:00").gameType(GameType.GAME));
        LocalDate dayAfter = DAY.plusDays(1);

        at(dayAfter, "09:00");
        assertThat(occasionsFor(crm.briefingService.due(), MANAGER))
                .contains(new Occasion(Briefing.FOLLOW_UPS, dayAfter));
        var thanks = crm.briefingService.followUps(dayAfter, MANAGER).orElseThrow();
        assertThat(thanks.toThank()).extracting(PlannedGame::orderId).containsExactly(birthday.requireId());
        assertThat(thanks.toInviteAgain()).isEmpty();

        LocalDate invitationDay = LocalDate.of(2031, 5, 15);
        at(invitationDay, "09:00");
        var invite = crm.briefingService.followUps(invitationDay, MANAGER).orElseThrow();
        assertThat(invite.toInviteAgain()).extracting(PlannedGame::orderId).containsExactly(birthday.requireId());
        assertThat(crm.briefingService.followUps(invitationDay.plusDays(1), MANAGER)).isEmpty();
    }

    @Test
    void aNoShowIsNeitherThankedNorInvited() {
        Order birthday = crm.booked(booking().at("12:00").gameType(GameType.BIRTHDAY));
        at(DAY, "13:00");
        crm.bookingService.change(birthday.requireId(), OrderStatus.NO_SHOW, MANAGER);

        assertThat(crm.briefingService.followUps(DAY.plusDays(1), MANAGER)).isEmpty();
    }

    @Test
    void aMemberWhoOptedOutOrBlockedTheBotIsSkipped() {
        crm.booked(booking().at("12:00"));
        crm.briefingService.receive(Briefing.MORNING_PLAN, false, MANAGER);
        crm.briefingPreferences.setUnreachable(INSTRUCTOR, true);

        at(DAY, "09:00");

        assertThat(crm.briefingService.due()).extracting(Delivery::recipient).containsExactly(ADMIN);
        assertThat(crm.briefingService.settingsOf(MANAGER).receives())
                .containsExactlyInAnyOrder(Briefing.CONFIRMATIONS, Briefing.FOLLOW_UPS);
    }

    @Test
    void aMemberWhoBlockedTheBotGetsBriefingsAgainOnceTheyWriteToIt() {
        crm.booked(booking().at("12:00"));
        crm.briefingService.blocked(MANAGER);
        at(DAY, "09:00");
        assertThat(crm.briefingService.due()).extracting(Delivery::recipient).doesNotContain(MANAGER);

        crm.briefingService.wroteAgain(MANAGER);

        assertThat(crm.briefingService.due()).extracting(Delivery::recipient).contains(MANAGER);
    }

    @Test
    void anInstructorChoosesOnlyAmongWhatTheRoleMayRead() {
        Subscription settings = crm.briefingService.settingsOf(INSTRUCTOR);

        assertThat(settings.available()).containsExactly(Briefing.MORNING_PLAN);
        assertThatThrownBy(() -> crm.briefingService.receive(Briefing.CONFIRMATIONS, true, INSTRUCTOR))
                .isInstanceOfSatisfying(NotPermitted.class,
                        refusal -> assertThat(refusal.permission()).isEqualTo(Permission.MANAGE_ORDERS));
        assertThatThrownBy(() -> crm.briefingService.settingsOf(STRANGER)).isInstanceOf(NotPermitted.class);
    }

    @Test
    void onlyTheAdminSetsTheTimesAndTheScheduleFollowsThem() {
        crm.booked(booking().at("12:00"));
        BriefingTimes earlier = BriefingTimes.DEFAULTS.withMorning(LocalTime.of(8, 0));

        assertThatThrownBy(() -> crm.briefingService.setTimes(earlier, MANAGER))
                .isInstanceOfSatisfying(NotPermitted.class,
                        refusal -> assertThat(refusal.permission()).isEqualTo(Permission.CONFIGURE_CLUB));
        crm.briefingService.setTimes(earlier, ADMIN);

        at(DAY, "08:00");
        assertThat(crm.briefingService.due()).isNotEmpty();
        assertThat(crm.briefingService.settingsOf(MANAGER).times()).isEqualTo(earlier);
    }
}
