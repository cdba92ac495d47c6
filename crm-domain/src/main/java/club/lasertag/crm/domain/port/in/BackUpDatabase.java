package club.lasertag.crm.domain.port.in;

import club.lasertag.crm.domain.staff.StaffId;

import java.nio.file.Path;

/** Use case: a backup of the whole database for the admin (requires {@code BACKUP_DATABASE}). */
public interface BackUpDatabase {

    /**
     * Copies the database to {@code target} (a new or empty file) if the CRM copies it itself.
     *
     * @throws club.lasertag.crm.domain.staff.NotPermitted unless {@code by} may back up the database
     */
    Backup backUp(Path target, StaffId by);

    /** What became of a backup. */
    sealed interface Backup {

        /** The copy is in the target file; {@code fileName} is what to call it (the club's date and time in it). */
        record Copied(String fileName) implements Backup {
        }

        /** This database is backed up with its own tools (PostgreSQL: pg_dump), not by the CRM. */
        record TakenOutside() implements Backup {
        }
    }
}
