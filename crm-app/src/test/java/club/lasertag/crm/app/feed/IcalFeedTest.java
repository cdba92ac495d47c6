package club.lasertag.crm.app.feed;

import club.lasertag.crm.domain.client.Client;
import club.lasertag.crm.domain.order.ClubRules;
import club.lasertag.crm.domain.order.Order;
import club.lasertag.crm.domain.order.OrderStatus;
import club.lasertag.crm.domain.port.in.StaffFeed.Feed;
import club.lasertag.crm.domain.testing.TestCrm;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Locale;

import static club.lasertag.crm.domain.testing.BookingRequestBuilder.aBooking;
import static club.lasertag.crm.domain.testing.ClientProfileBuilder.aClient;
import static org.assertj.core.api.Assertions.assertThat;

/** The feed as iCalendar: parsed back with ical4j, in a club whose zone changes its clocks (Berlin). */
class IcalFeedTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final TestCrm crm = new TestCrm(ClubRules.defaults(BERLIN));
    private final Client client = crm.client(aClient().surname("Иванов").name("Пётр").midname("").phone("+79991234567"));
    private final IcalFeed ical = new IcalFeed();

    @Test
    void aBookingOnTheDayClocksGoBackHasItsOwnDaysOffset() throws Exception {
        // 27 October 2030: Berlin goes from CEST (+02:00) to CET (+01:00) at 03:00
        Order before = crm.booked(aBooking().client(client.id()).on("2030-10-26").at("15:00"));
        Order onTheDay = crm.booked(aBooking().client(client.id()).on("2030-10-27").at("15:00"));

        String text = ical.render(feedOf(TestCrm.MANAGER), Locale.forLanguageTag("ru"));
        Calendar calendar = parse(text);

        assertThat(unfolded(text)).contains("DTSTART;TZID=Europe/Berlin:20301026T150000",
                "DTSTART;TZID=Europe/Berlin:20301027T150000", "DTEND;TZID=Europe/Berlin:20301027T170000");
        assertThat(startOf(calendar, before)).isEqualTo(Instant.parse("2030-10-26T13:00:00Z"));
        assertThat(startOf(calendar, onTheDay)).isEqualTo(Instant.parse("2030-10-27T14:00:00Z"));
        // the VTIMEZONE in the document itself, not only ical4j's own tables, knows both offsets
        VTimeZone zone = calendar.<VTimeZone>getComponent(Component.VTIMEZONE).orElseThrow();
        assertThat(zone.getTimeZoneId().getValue()).isEqualTo("Europe/Berlin");
        assertThat(offsetAt(zone, Instant.parse("2030-10-26T13:00:00Z"))).isEqualTo(ZoneOffset.ofHours(2));
        assertThat(offsetAt(zone, Instant.parse("2030-10-27T14:00:00Z"))).isEqualTo(ZoneOffset.ofHours(1));
    }

    @Test
    void aCancelledBookingStaysWithStatusCancelled() throws Exception {
        Order live = crm.booked(aBooking().client(client.id()).on("2030-06-15").at("15:00"));
        Order cancelled = crm.booked(aBooking().client(client.id()).on("2030-06-16").at("15:00"));
        crm.bookingService.change(cancelled.requireId(), OrderStatus.CANCELLED, TestCrm.MANAGER);

        Calendar calendar = parse(ical.render(feedOf(TestCrm.MANAGER), Locale.forLanguageTag("ru")));

        assertThat(value(event(calendar, cancelled), Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(value(event(calendar, cancelled), Property.SUMMARY)).startsWith("Отменена: ");
        assertThat(value(event(calendar, live), Property.STATUS)).isEqualTo("TENTATIVE");
        crm.bookingService.change(live.requireId(), OrderStatus.CONFIRMED, TestCrm.MANAGER);
        Calendar again = parse(ical.render(feedOf(TestCrm.MANAGER), Locale.forLanguageTag("ru")));
        assertThat(value(event(again, live), Property.STATUS)).isEqualTo("CONFIRMED");
    }

    @Test
    void anEventSaysWhereWhoAndHowManyManagersSeeThePhone() throws Exception {
        Order order = crm.booked(aBooking().client(client.id()).on("2030-06-15").at("15:00").players(12)
                .comment("торт, свечи; \"сюрприз\""));

        String text = ical.render(feedOf(TestCrm.MANAGER), Locale.forLanguageTag("ru"));
        VEvent event = event(parse(text), order);

        assertThat(value(event, Property.SUMMARY)).isEqualTo("Арена · Иванов Пётр · игроков: 12");
        assertThat(value(event, Property.LOCATION)).isEqualTo("Арена");
        assertThat(value(event, Property.DESCRIPTION)).contains(
                "Бронь №" + order.requireId().value(), "Игра 15:00–16:00", "Комната 1: 16:00–17:00",
                "Телефон: +79991234567", "Комментарий: торт, свечи; \"сюрприз\"");
        assertThat(value(event, Property.UID)).isEqualTo("order-" + order.requireId().value() + "@lasertag-crm");
    }

    @Test
    void anInstructorsFeedCarriesNoPhones() throws Exception {
        crm.booked(aBooking().client(client.id()).on("2030-06-15").at("15:00"));

        String text = ical.render(feedOf(TestCrm.INSTRUCTOR), Locale.forLanguageTag("ru"));

        assertThat(parse(text).getComponents(Component.VEVENT)).hasSize(1);
        assertThat(unfolded(text)).contains("Иванов Пётр").doesNotContain("79991234567", "Телефон");
    }

    @Test
    void englishWordsOnRequest() throws Exception {
        Order order = crm.booked(aBooking().client(client.id()).on("2030-06-15").at("15:00"));

        VEvent event = event(parse(ical.render(feedOf(TestCrm.MANAGER), Locale.ENGLISH)), order);

        assertThat(value(event, Property.SUMMARY)).isEqualTo("Arena · Иванов Пётр · players: 10");
    }

    private Feed feedOf(club.lasertag.crm.domain.staff.StaffId member) {
        return crm.feedService.open(crm.feedService.issue(member)).orElseThrow();
    }

    private static Calendar parse(String text) throws Exception {
        return new CalendarBuilder().build(new StringReader(text));
    }

    private static VEvent event(Calendar calendar, Order order) {
        String uid = "order-" + order.requireId().value() + "@lasertag-crm";
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        return events.stream().filter(event -> value(event, Property.UID).equals(uid)).findFirst().orElseThrow();
    }

    private static Instant startOf(Calendar calendar, Order order) {
        Temporal start = event(calendar, order).getDateTimeStart().getDate();
        return Instant.from(start);
    }

    private static ZoneOffset offsetAt(VTimeZone zone, Instant instant) {
        Observance observance = zone.getApplicableObservance(instant);
        return observance.<net.fortuna.ical4j.model.property.TzOffsetTo>getProperty(Property.TZOFFSETTO).orElseThrow().getOffset();
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getValue();
    }

    private static String unfolded(String text) {
        return text.replace("\r\n ", "");
    }
}
