package club.lasertag.crm.telegram.edge;

import club.lasertag.crm.telegram.chat.UpdateOutcome;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One attempt at an update, ended: ids and kinds only, never what a person typed.
 *
 * @param kind      {@code message}, a command's name ({@code /client}), {@code callback} or {@code other}
 *                  (see {@link club.lasertag.crm.telegram.chat.UpdateKind})
 * @param took      the handling time of this attempt (its unit of work and sending its replies)
 * @param attempt   1 for the first
 * @param sinceCame since the update came, for a later attempt
 * @param retryIn   when the update is to be tried again (the database was unavailable); empty once it is done
 */
public record HandledUpdate(long updateId, String kind, long chatId, UpdateOutcome outcome, Duration took,
        int attempt, Duration sinceCame, Optional<Duration> retryIn) {

    public HandledUpdate {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(took, "took");
        Objects.requireNonNull(sinceCame, "sinceCame");
        Objects.requireNonNull(retryIn, "retryIn");
    }
}
