package club.lasertag.crm.domain.port.out;

import club.lasertag.crm.domain.feed.FeedTokenHash;
import club.lasertag.crm.domain.staff.StaffId;

import java.time.Instant;
import java.util.Optional;

/** Outgoing port: the calendar feed tokens, one per staff member, kept as hashes only. */
public interface FeedTokens {

    /** Gives {@code staff} this token (by its hash) in place of any earlier one, which stops working at once. */
    void replace(StaffId staff, FeedTokenHash hash, Instant issuedAt);

    /** Whose token has this hash. */
    Optional<StaffId> ownerOf(FeedTokenHash hash);

    /** When {@code staff}'s current token was issued, if they have one. */
    Optional<Instant> issuedAt(StaffId staff);
}
