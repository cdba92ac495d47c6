package club.lasertag.crm.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import club.lasertag.crm.domain.port.out.Staff;
import club.lasertag.crm.domain.staff.Role;
import club.lasertag.crm.domain.staff.StaffId;
import club.lasertag.crm.domain.staff.StaffMember;
import org.junit.jupiter.api.Test;

/** What every {@link Staff} does: the in-memory fake, SQLite and PostgreSQL alike. */
abstract class StaffContract {

    abstract Staff staff();

    @Test
    void savesAndFindsAMember() {
        StaffMember anna = new StaffMember(new StaffId(5_000_000_001L), "Анна 👩‍💼", Role.MANAGER);

        staff().save(anna);

        assertThat(staff().byId(new StaffId(5_000_000_001L))).contains(anna);
        assertThat(staff().byId(new StaffId(7))).isEmpty();
    }

    @Test
    void savingAgainChangesRoleAndName() {
        staff().save(new StaffMember(new StaffId(10), "Олег", Role.INSTRUCTOR));

        staff().save(new StaffMember(new StaffId(10), "Олег Петрович", Role.MANAGER));

        assertThat(staff().byId(new StaffId(10))).contains(new StaffMember(new StaffId(10), "Олег Петрович", Role.MANAGER));
        assertThat(staff().all()).hasSize(1);
    }

    @Test
    void listsEveryoneByRoleThenName() {
        StaffMember boris = new StaffMember(new StaffId(1), "Борис", Role.INSTRUCTOR);
        StaffMember anna = new StaffMember(new StaffId(2), "Анна", Role.INSTRUCTOR);
        StaffMember vera = new StaffMember(new StaffId(3), "Вера", Role.MANAGER);
        StaffMember admin = new StaffMember(new StaffId(4), "Zoe", Role.ADMIN);
        StaffMember bob = new StaffMember(new StaffId(5), "Bob", Role.MANAGER);
        for (StaffMember member : new StaffMember[] {boris, anna, vera, admin, bob}) {
            staff().save(member);
        }

        assertThat(staff().all()).containsExactly(admin, bob, vera, anna, boris);
    }

    @Test
    void removesAMember() {
        staff().save(new StaffMember(new StaffId(10), "Олег", Role.MANAGER));
        staff().save(new StaffMember(new StaffId(11), "Ира", Role.MANAGER));

        staff().remove(new StaffId(10));
        staff().remove(new StaffId(999)); // nobody: nothing happens

        assertThat(staff().byId(new StaffId(10))).isEmpty();
        assertThat(staff().all()).extracting(StaffMember::id).containsExactly(new StaffId(11));
    }

    @Test
    void storesHostileNamesVerbatim() {
        StaffMember member = new StaffMember(new StaffId(12), "'; DROP TABLE crm_staff; -- \"x\" \\ 😀", Role.MANAGER);

        staff().save(member);

        assertThat(staff().byId(new StaffId(12))).contains(member);
        assertThat(staff().all()).containsExactly(member);
    }
}
