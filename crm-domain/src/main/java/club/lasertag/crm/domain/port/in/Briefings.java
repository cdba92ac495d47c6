package club.lasertag.crm.domain.port.in;

import club.lasertag.crm.domain.briefing.ConfirmationList;
import club.lasertag.crm.domain.briefing.FollowUps;
import club.lasertag.crm.domain.briefing.MorningPlan;
import club.lasertag.crm.domain.briefing.Occasion;
import club.lasertag.crm.domain.staff.StaffId;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Use case: the messages the bot sends first. {@link #due()} tells a scheduler what to send now and to whom; the
 * other methods give a recipient's content, which requires the briefing's permission
 * ({@link club.lasertag.crm.domain.briefing.Briefing#needed()}) and is empty when there is nothing to say.
 */
public interface Briefings {

    /**
     * The sendings due at the clock's instant: each of today's occasions whose window holds that instant and
     * that has something to say, once for every recipient who may read it, has not opted out, is reachable and
     * was not sent it yet ({@link #recordSent}).
     */
    List<Delivery> due();

    /**
     * Records that a delivery is being sent, in the caller's transaction with the message itself: true the first
     * time, false when it was recorded before (by this or another instance), in which case nothing is to be sent.
     */
    boolean recordSent(Delivery delivery);

    /** The plan of a day for this recipient (phones only if they may manage clients); empty without games. */
    Optional<MorningPlan> morningPlan(LocalDate day, StaffId recipient);

    /** The list sent on {@code day}: the next day's bookings still new; empty when there are none. */
    Optional<ConfirmationList> confirmations(LocalDate day, StaffId recipient);

    /** The follow-ups of {@code day}; empty when there are none. */
    Optional<FollowUps> followUps(LocalDate day, StaffId recipient);

    /** One message to send: an occasion for a recipient. */
    record Delivery(Occasion occasion, StaffId recipient) {

        public Delivery {
            Objects.requireNonNull(occasion, "occasion");
            Objects.requireNonNull(recipient, "recipient");
        }
    }
}
