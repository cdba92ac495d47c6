package club.lasertag.crm.domain.service;

import club.lasertag.crm.domain.client.Client;
import club.lasertag.crm.domain.feed.FeedToken;
import club.lasertag.crm.domain.order.Order;
import club.lasertag.crm.domain.order.OrderStatus;
import club.lasertag.crm.domain.port.in.StaffFeed.Feed;
import club.lasertag.crm.domain.port.in.StaffFeed.FeedBooking;
import club.lasertag.crm.domain.staff.NotPermitted;
import club.lasertag.crm.domain.staff.Role;
import club.lasertag.crm.domain.staff.StaffMember;
import club.lasertag.crm.domain.testing.TestCrm;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;

import static club.lasertag.crm.domain.testing.BookingRequestBuilder.aBooking;
import static club.lasertag.crm.domain.testing.ClientProfileBuilder.aClient;
import static club.lasertag.crm.domain.testing.TestCrm.ADMIN;
import static club.lasertag.crm.domain.testing.TestCrm.INSTRUCTOR;
import static club.lasertag.crm.domain.testing.TestCrm.MANAGER;
import static club.lasertag.crm.domain.testing.TestCrm.STRANGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FeedServiceTest {

    private final TestCrm crm = new TestCrm();
    private final Client client = crm.client(aClient().surname("Иванов").phone("+79991234567"));

    @Test
    void aTokenOpensItsOwnersFeedWithTheBookingsOfTheWindowCancelledOnesToo() {
        Order live = crm.booked(aBooking().client(client.id()).on("2030-06-15").at("15:00"));
        Order cancelled = crm.booked(aBooking().client(client.id()).on("2030-06-16").at("15:00"));
        crm.bookingService.change(cancelled.requireId(), OrderStatus.CANCELLED, MANAGER);
        crm.booked(aBooking().client(client.id()).on("2030-12-01").at("15:00")); // beyond 180 days
        FeedToken token = crm.feedService.issue(MANAGER);

        Feed feed = crm.feedService.open(token).orElseThrow();

        assertThat(feed.owner()).isEqualTo(MANAGER);
        assertThat(feed.zone()).isEqualTo(TestCrm.ZONE);
        assertThat(feed.bookings()).extracting(booking -> booking.order().requireId())
                .containsExactly(live.requireId(), cancelled.requireId());
        FeedBooking first = feed.bookings().get(0);
        assertThat(first.start()).isEqualTo(LocalDateTime.parse("2030-06-15T15:00"));
        assertThat(first.clientName()).contains(client.fullName());
        assertThat(first.clientPhone()).contains(client.phone());
        assertThat(feed.bookings().get(1).order().status()).isEqualTo(OrderStatus.CANCELLED);
    }

    @Test
    void anInstructorsFeedCarriesNoPhones() {
        crm.booked(aBooking().client(client.id()).on("2030-06-15").at("15:00"));

        Feed feed = crm.feedService.open(crm.feedService.issue(INSTRUCTOR)).orElseThrow();

        assertThat(feed.bookings()).singleElement().satisfies(booking -> {
            assertThat(booking.clientName()).contains(client.fullName());
            assertThat(booking.clientPhone()).isEmpty();
        });
    }

    @Test
    void aRenewedTokenStopsWorkingAtOnce() {
        FeedToken old = crm.feedService.issue(MANAGER);
        crm.clock.advance(Duration.ofMinutes(5));

        FeedToken renewed = crm.feedService.issue(MANAGER);

        assertThat(crm.feedService.open(old)).isEmpty();
        assertThat(crm.feedService.open(renewed)).isPresent();
        assertThat(crm.feedService.issuedAt(MANAGER)).contains(TestCrm.NOW.plus(Duration.ofMinutes(5)));
    }

    @Test
    void aTokenNeverIssuedOpensNothing() {
        crm.feedService.issue(MANAGER);

        assertThat(crm.feedService.open(FeedToken.random(new SecureRandom()))).isEmpty();
    }

    @Test
    void aRemovedMembersTokenOpensNothing() {
        FeedToken token = crm.feedService.issue(INSTRUCTOR);

        crm.staffService.remove(INSTRUCTOR, ADMIN);

        assertThat(crm.feedService.open(token)).isEmpty();
    }

    @Test
    void aMemberDemotedToInstructorLosesThePhones() {
        crm.booked(aBooking().client(client.id()).on("2030-06-15").at("15:00"));
        FeedToken token = crm.feedService.issue(MANAGER);

        crm.staff.save(new StaffMember(MANAGER, "Test manager", Role.INSTRUCTOR));

        assertThat(crm.feedService.open(token).orElseThrow().bookings())
                .allSatisfy(booking -> assertThat(booking.clientPhone()).isEmpty());
    }

    @Test
    void strangersGetNoToken() {
        assertThatThrownBy(() -> crm.feedService.issue(STRANGER)).isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> crm.feedService.issuedAt(STRANGER)).isInstanceOf(NotPermitted.class);
        assertThat(crm.feedService.issuedAt(ADMIN)).isEqualTo(Optional.empty());
    }
}
