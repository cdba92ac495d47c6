package club.lasertag.crm.domain.service;

import club.lasertag.crm.domain.port.in.ManageStaff.StaffChange;
import club.lasertag.crm.domain.staff.Permission;
import club.lasertag.crm.domain.staff.Role;
import club.lasertag.crm.domain.staff.StaffMember;
import club.lasertag.crm.domain.testing.TestCrm;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StaffServiceTest {

    private final TestCrm crm = new TestCrm();

    @Test
    void theConfiguredAdminIsAnAdminWhateverIsStored() {
        crm.staff.save(new StaffMember(TestCrm.ADMIN, "Владелец", Role.INSTRUCTOR));

        assertThat(crm.staffService.roleOf(TestCrm.ADMIN)).contains(Role.ADMIN);
    }

    @Test
    void storedRolesAndStrangers() {
        assertThat(crm.staffService.save(new StaffMember(42, "Ольга", Role.MANAGER))).isEqualTo(StaffChange.DONE);

        assertThat(crm.staffService.roleOf(42)).contains(Role.MANAGER);
        assertThat(crm.staffService.roleOf(43)).isEmpty();
    }

    @Test
    void aRoleCanChangeAndBeRemoved() {
        crm.staffService.save(new StaffMember(42, "Ольга", Role.MANAGER));
        crm.staffService.save(new StaffMember(42, "Ольга", Role.INSTRUCTOR));
        assertThat(crm.staffService.roleOf(42)).contains(Role.INSTRUCTOR);

        assertThat(crm.staffService.remove(42)).isEqualTo(StaffChange.DONE);
        assertThat(crm.staffService.roleOf(42)).isEmpty();
    }

    @Test
    void theConfiguredAdminCannotBeChangedHere() {
        assertThat(crm.staffService.save(new StaffMember(TestCrm.ADMIN, "x", Role.INSTRUCTOR))).isEqualTo(StaffChange.CONFIGURED_ADMIN);
        assertThat(crm.staffService.remove(TestCrm.ADMIN)).isEqualTo(StaffChange.CONFIGURED_ADMIN);
        assertThat(crm.staff.byTelegramId(TestCrm.ADMIN)).isEmpty();
        assertThat(crm.staffService.roleOf(TestCrm.ADMIN)).contains(Role.ADMIN);
    }

    @Test
    void everyoneConfiguredAdminsFirst() {
        crm.staff.save(new StaffMember(TestCrm.ADMIN, "stored twice", Role.MANAGER));
        crm.staffService.save(new StaffMember(42, "Ольга", Role.MANAGER));
        crm.staffService.save(new StaffMember(7, "Игорь", Role.INSTRUCTOR));

        assertThat(crm.staffService.everyone()).containsExactly(
                new StaffMember(TestCrm.ADMIN, "", Role.ADMIN),
                new StaffMember(42, "Ольга", Role.MANAGER),
                new StaffMember(7, "Игорь", Role.INSTRUCTOR));
    }

    @Test
    void permissionsByRole() {
        assertThat(Role.ADMIN.can(Permission.MANAGE_STAFF)).isTrue();
        assertThat(Role.MANAGER.can(Permission.MANAGE_STAFF)).isFalse();
        assertThat(Role.MANAGER.can(Permission.MANAGE_ORDERS)).isTrue();
        assertThat(Role.MANAGER.can(Permission.MANAGE_CLIENTS)).isTrue();
        assertThat(Role.INSTRUCTOR.can(Permission.VIEW_CALENDAR)).isTrue();
        assertThat(Role.INSTRUCTOR.can(Permission.MANAGE_ORDERS)).isFalse();
        assertThat(new StaffMember(5, "", Role.INSTRUCTOR).can(Permission.MANAGE_CLIENTS)).isFalse();
    }

    @Test
    void staffMembersAreValidated() {
        assertThatThrownBy(() -> new StaffMember(0, "x", Role.MANAGER)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new StaffMember(5, "  Ольга ", Role.MANAGER).displayName()).isEqualTo("Ольга");
        assertThatThrownBy(() -> new StaffMember(5, "x".repeat(StaffMember.DISPLAY_NAME_MAX + 1), Role.MANAGER))
                .isInstanceOf(club.lasertag.crm.domain.common.InvalidInput.class);
    }
}
