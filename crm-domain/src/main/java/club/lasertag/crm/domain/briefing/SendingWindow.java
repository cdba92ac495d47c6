package club.lasertag.crm.domain.briefing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * The rule for when an occasion may be sent: from its time on its day (in the club's zone; a time that a clock
 * change skips moves on by the gap, as {@link ZonedDateTime#of} does), for as long as it is still useful that day.
 * The morning plan is useful until the day's last game starts, and there is none on a day without games; the
 * confirmation list and the follow-ups until midnight. A message missed while the bot was down is sent late
 * inside its window, and dropped after it.
 */
public record SendingWindow(Instant opens, Instant closes) {

    public SendingWindow {
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
    }

    /**
     * The window of an occasion.
     *
     * @param lastGameStart the start of the day's last live game, if any (only the morning plan needs it)
     * @return empty when the occasion has nothing to send at any time
     */
    public static Optional<SendingWindow> of(Occasion occasion, BriefingTimes times, ZoneId zone,
                                             Optional<Instant> lastGameStart) {
        LocalDate day = occasion.day();
        Instant opens = ZonedDateTime.of(LocalDateTime.of(day, times.of(occasion.briefing())), zone).toInstant();
        Instant closes = switch (occasion.briefing()) {
            case MORNING_PLAN -> lastGameStart.orElse(opens);
            case CONFIRMATIONS, FOLLOW_UPS -> day.plusDays(1).atStartOfDay(zone).toInstant();
        };
        return closes.isAfter(opens) ? Optional.of(new SendingWindow(opens, closes)) : Optional.empty();
    }

    /** Whether a sending at this instant is on time or late but still useful. */
    public boolean contains(Instant at) {
        return !at.isBefore(opens) && at.isBefore(closes);
    }
}
