package club.lasertag.crm.domain.port.out;

import java.nio.file.Path;

/** Outgoing port: a consistent copy of the whole database, taken while the CRM keeps working. */
public interface DatabaseBackups {

    /**
     * Whether the CRM copies this database itself ({@link #copyTo}); false where the database is backed up with its
     * own tools (PostgreSQL: {@code pg_dump}).
     */
    boolean copiesItself();

    /**
     * Writes a copy of the whole database as it was at one instant (every transaction committed before it, none
     * after, nothing half-written) to {@code target}, a file that does not exist or is empty, while others go on
     * reading and writing.
     *
     * @throws UnsupportedOperationException unless {@link #copiesItself}
     */
    void copyTo(Path target);
}
