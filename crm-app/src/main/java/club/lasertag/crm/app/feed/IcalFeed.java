package club.lasertag.crm.app.feed;

import club.lasertag.crm.domain.order.Order;
import club.lasertag.crm.domain.order.OrderStatus;
import club.lasertag.crm.domain.port.in.StaffFeed.Feed;
import club.lasertag.crm.domain.port.in.StaffFeed.FeedBooking;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A staff member's feed as an iCalendar (RFC 5545) document, made with ical4j: one VEVENT per booking, from arrival
 * to leaving (the game, then the rest room), its times in the club's zone with that zone's VTIMEZONE (so a phone in
 * another zone, or a booking on the night clocks change, still shows the right moment); a cancelled booking keeps
 * its event with STATUS:CANCELLED, so calendars that fetched it before drop or strike it out. Phones appear only
 * where the domain left them in ({@link FeedBooking#clientPhone()}).
 */
final class IcalFeed {

    static final String MEDIA_TYPE = "text/calendar; charset=utf-8";

    private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();

    String render(Feed feed, Locale locale) {
        FeedWords words = FeedWords.of(locale);
        TimeZone zone = zones.getTimeZone(feed.zone().getId());
        if (zone == null) {
            throw new IllegalStateException("ical4j has no VTIMEZONE for " + feed.zone());
        }
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//LaserTag CRM//Calendar feed//" + locale.getLanguage().toUpperCase(Locale.ROOT)));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", words.get("calendar.name")));
        calendar.add(new XProperty("X-WR-TIMEZONE", feed.zone().getId()));
        // RFC 7986 and its older Apple/Microsoft spelling: ask subscribers to fetch it again within the hour
        calendar.add(new XProperty("REFRESH-INTERVAL;VALUE=DURATION", "PT1H"));
        calendar.add(new XProperty("X-PUBLISHED-TTL", "PT1H"));
        calendar.add(zone.getVTimeZone());
        for (FeedBooking booking : feed.bookings()) {
            calendar.add(event(booking, feed, words));
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static VEvent event(FeedBooking booking, Feed feed, FeedWords words) {
        Order order = booking.order();
        VEvent event = new VEvent(at(booking.start(), feed.zone()), at(booking.end(), feed.zone()), summary(booking, words));
        event.add(new Uid("order-" + order.requireId().value() + "@lasertag-crm"));
        event.add(new DtStamp(feed.generatedAt()));
        event.add(new LastModified(order.audit().updatedAt()));
        event.add(new Location(words.polygon(order.slot().polygon())));
        event.add(new Description(description(booking, words)));
        event.add(status(order.status()));
        return event;
    }

    private static ZonedDateTime at(LocalDateTime local, ZoneId zone) {
        return local.atZone(zone);
    }

    /** "Арена · Иванов Пётр · 10 игроков", "Отменена: ..." for a cancelled one. */
    private static String summary(FeedBooking booking, FeedWords words) {
        Order order = booking.order();
        String summary = words.get("event.summary", words.polygon(order.slot().polygon()),
                booking.clientName().orElse(words.get("event.noClient")), order.players());
        return order.status() == OrderStatus.CANCELLED ? words.get("event.cancelled", summary) : summary;
    }

    private static String description(FeedBooking booking, FeedWords words) {
        Order order = booking.order();
        List<String> lines = new ArrayList<>();
        lines.add(words.get("event.order", order.requireId().value(), words.status(order.status())));
        lines.add(words.get("event.game", time(booking.start()), time(booking.gameEnd()),
                words.gameType(order.gameType()), order.players()));
        if (order.slot().restRoom().isTaken() && booking.end().isAfter(booking.gameEnd())) {
            lines.add(words.get("event.rest", order.slot().restRoom().number(), time(booking.gameEnd()), time(booking.end())));
        }
        booking.clientName().ifPresent(name -> lines.add(words.get("event.client", name)));
        booking.clientPhone().ifPresent(phone -> lines.add(words.get("event.phone", phone.e164())));
        if (!order.comment().isBlank()) {
            lines.add(words.get("event.comment", order.comment()));
        }
        return String.join("\n", lines);
    }

    private static Status status(OrderStatus status) {
        return switch (status) {
            case NEW -> ImmutableStatus.VEVENT_TENTATIVE;
            case CONFIRMED, COMPLETED, NO_SHOW -> ImmutableStatus.VEVENT_CONFIRMED;
            case CANCELLED -> ImmutableStatus.VEVENT_CANCELLED;
        };
    }

    private static String time(LocalDateTime time) {
        return String.format(Locale.ROOT, "%02d:%02d", time.getHour(), time.getMinute());
    }
}
