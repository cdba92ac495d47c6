package club.lasertag.crm.chat.schedule;

/**
 * Outgoing port: which instance runs a scheduled job now. Of several instances on one database, at most one holds a
 * job's lease at a time; when its holder dies, the lease becomes free and another instance takes it. With a database
 * that only one instance may use (SQLite), that instance always holds every lease.
 *
 * <p>A lease only keeps the others idle; it is no proof against a holder that stalls and comes back: the once per
 * occasion guarantee is {@link JobRuns}'.
 */
public interface JobLeases extends AutoCloseable {

    /**
     * Whether this instance holds the lease of {@code job} now, taking it if it is free; false if another instance
     * holds it, or the database cannot be reached (then this instance holds no lease until it can be reached again).
     */
    boolean hold(String job);

    /** Gives up every lease this instance holds (at stop); another instance may take them at once. */
    @Override
    void close();
}
