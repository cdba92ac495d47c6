package club.lasertag.crm.domain.port.in;

import club.lasertag.crm.domain.client.Phone;
import club.lasertag.crm.domain.feed.FeedToken;
import club.lasertag.crm.domain.order.Order;
import club.lasertag.crm.domain.staff.StaffId;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Use case: a staff member's calendar feed, a secret address their phone's calendar subscribes to. Issuing and
 * checking a token requires {@link club.lasertag.crm.domain.staff.Permission#VIEW_SCHEDULE}; a feed is served only
 * while its owner still holds it.
 */
public interface StaffFeed {

    /** When {@code by}'s current token was issued; its secret is not kept, so it cannot be shown again. */
    Optional<Instant> issuedAt(StaffId by);

    /** A new token for {@code by}, replacing the previous one (which stops working at once). */
    FeedToken issue(StaffId by);

    /**
     * The feed behind {@code token}: empty if no current token has it, or its owner may no longer see the schedule
     * (removed, or demoted to nothing), so a wrong, renewed or revoked token is told apart from nothing.
     */
    Optional<Feed> open(FeedToken token);

    /**
     * The bookings of the feed's window ({@link club.lasertag.crm.domain.feed.FeedWindow}), cancelled ones too, by
     * start; times in the club's {@code zone}.
     */
    record Feed(StaffId owner, ZoneId zone, Instant generatedAt, List<FeedBooking> bookings) {

        public Feed {
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(zone, "zone");
            Objects.requireNonNull(generatedAt, "generatedAt");
            bookings = List.copyOf(bookings);
        }
    }

    /**
     * One booking as the feed shows it. {@code clientPhone} is empty when the owner may not see phones
     * ({@link club.lasertag.crm.domain.feed.PhoneVisibility}), so no adapter can print one by mistake.
     */
    record FeedBooking(Order order, Optional<String> clientName, Optional<Phone> clientPhone,
            LocalDateTime start, LocalDateTime gameEnd, LocalDateTime end) {

        public FeedBooking {
            Objects.requireNonNull(order, "order");
            Objects.requireNonNull(clientName, "clientName");
            Objects.requireNonNull(clientPhone, "clientPhone");
        }
    }
}
