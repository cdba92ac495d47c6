package club.lasertag.crm.domain.service;

import club.lasertag.crm.domain.port.in.BackUpDatabase;
import club.lasertag.crm.domain.port.out.DatabaseBackups;
import club.lasertag.crm.domain.staff.AccessPolicy;
import club.lasertag.crm.domain.staff.Permission;
import club.lasertag.crm.domain.staff.StaffId;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/** Backups of the whole database, for those who may take them (the admin). */
public final class BackupService implements BackUpDatabase {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm");

    private final DatabaseBackups backups;
    private final AccessPolicy access;
    private final Clock clock;
    private final ZoneId zone;

    /** @param zone the club's: the file name tells its date and time */
    public BackupService(DatabaseBackups backups, AccessPolicy access, Clock clock, ZoneId zone) {
        this.backups = Objects.requireNonNull(backups, "backups");
        this.access = Objects.requireNonNull(access, "access");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    @Override
    public Backup backUp(Path target, StaffId by) {
        access.require(by, Permission.BACKUP_DATABASE);
        if (!backups.copiesItself()) {
            return new Backup.TakenOutside();
        }
        String name = "lasertag-crm-" + STAMP.format(clock.instant().atZone(zone)) + ".db";
        backups.copyTo(target);
        return new Backup.Copied(name);
    }
}
