package club.lasertag.crm.domain.service;

import club.lasertag.crm.domain.port.in.BackUpDatabase.Backup;
import club.lasertag.crm.domain.port.out.DatabaseBackups;
import club.lasertag.crm.domain.staff.NotPermitted;
import club.lasertag.crm.domain.staff.Permission;
import club.lasertag.crm.domain.staff.Role;
import club.lasertag.crm.domain.testing.TestCrm;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static club.lasertag.crm.domain.testing.TestCrm.ADMIN;
import static club.lasertag.crm.domain.testing.TestCrm.INSTRUCTOR;
import static club.lasertag.crm.domain.testing.TestCrm.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackupServiceTest {

    private static final Path TARGET = Path.of("backup.db");

    private final TestCrm crm = new TestCrm();
    private final List<Path> copies = new ArrayList<>();

    private BackupService service(boolean copiesItself) {
        return new BackupService(new DatabaseBackups() {
            @Override
            public boolean copiesItself() {
                return copiesItself;
            }

            @Override
            public void copyTo(Path target) {
                copies.add(target);
            }
        }, crm.access, crm.clock, TestCrm.ZONE);
    }

    @Test
    void theAdminGetsACopyNamedByTheClubsDateAndTime() {
        Backup backup = service(true).backUp(TARGET, ADMIN);

        // TestCrm.NOW is 10:00 UTC, 13:00 in Moscow
        assertThat(backup).isEqualTo(new Backup.Copied("lasertag-crm-2030-06-01-1300.db"));
        assertThat(copies).containsExactly(TARGET);
    }

    @Test
    void onlyTheAdminMayTakeOne() {
        assertThat(Role.ADMIN.can(Permission.BACKUP_DATABASE)).isTrue();
        assertThat(Role.MANAGER.can(Permission.BACKUP_DATABASE)).isFalse();
        for (var actor : List.of(MANAGER, INSTRUCTOR, TestCrm.STRANGER)) {
            assertThatThrownBy(() -> service(true).backUp(TARGET, actor)).isInstanceOf(NotPermitted.class);
        }
        assertThat(copies).isEmpty();
    }

    @Test
    void aDatabaseBackedUpWithItsOwnToolsIsNotCopied() {
        assertThat(service(false).backUp(TARGET, ADMIN)).isInstanceOf(Backup.TakenOutside.class);
        assertThat(copies).isEmpty();
    }
}
