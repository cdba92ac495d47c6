package club.lasertag.crm.telegram.chat;

import java.util.Locale;

/** What became of one update, for the log line and the metrics of each handled update. */
public enum UpdateOutcome {
    /** Handled, with at least one reply. */
    REPLIED,
    /** Handled, nothing to answer (a command for another bot, a group's chatter). */
    SILENT,
    /** The sender may not do what the update asks (a stranger, a role without the permission): answered so. */
    REFUSED,
    /** Handling failed and was rolled back; answered with an apology. */
    FAILED,
    /** Handled before (a re-delivery): skipped. */
    DUPLICATE,
    /** The database could not be reached: nothing committed, the update is tried again. */
    DB_UNAVAILABLE,
    /** Of no concern to the bot (or unreadable): confirmed without handling. */
    IGNORED;

    /** The outcome as it appears in the log and in metrics labels: {@code replied}, {@code db-unavailable}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
