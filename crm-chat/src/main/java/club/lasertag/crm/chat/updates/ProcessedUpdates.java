package club.lasertag.crm.chat.updates;

/**
 * Outgoing port: incoming messages already handled. Telegram delivers an update at least once; recording its
 * id makes handling it twice impossible.
 */
public interface ProcessedUpdates {

    /** Records the id; {@code true} if it was not recorded before, so the update is to be handled now. */
    boolean markProcessed(long updateId);
}
