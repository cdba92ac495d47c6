package club.lasertag.crm.chat.updates;

import java.time.Instant;

/**
 * Outgoing port: incoming messages already handled. Telegram delivers an update at least once; recording its
 * id makes handling it twice impossible. Record it in the {@linkplain club.lasertag.crm.chat.tx.UnitOfWork unit of
 * work} that handles the update, so that the record and the update's effects commit together: exactly once in effect.
 */
public interface ProcessedUpdates {

    /** Records the id; {@code true} if it was not recorded before, so the update is to be handled now. */
    boolean markProcessed(long updateId);

    /**
     * Forgets the ids recorded before {@code cutoff} (Telegram re-delivers only recent updates); returns how many.
     * Housekeeping: run now and then.
     */
    int forgetBefore(Instant cutoff);
}
