package club.lasertag.crm.domain.service;

import club.lasertag.crm.domain.port.in.ManageStaff.StaffChange;
import club.lasertag.crm.domain.staff.NotPermitted;
import club.lasertag.crm.domain.staff.Permission;
import club.lasertag.crm.domain.staff.Role;
import club.lasertag.crm.domain.staff.StaffId;
import club.lasertag.crm.domain.staff.StaffMember;
import club.lasertag.crm.domain.testing.TestCrm;
import org.junit.jupiter.api.Test;

import static club.lasertag.crm.domain.testing.TestCrm.ADMIN;
import static club.lasertag.crm.domain.testing.TestCrm.INSTRUCTOR;
import static club.lasertag.crm.domain.testing.TestCrm.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StaffServiceTest {

    private static final StaffId OLGA = new StaffId(42);
    private static final StaffId IGOR = new StaffId(7);

    private final TestCrm crm = new TestCrm();

    @Test
    void theConfiguredAdminIsAnAdminWhateverIsStored() {
        crm.staff.save(new StaffMember(ADMIN, "Владелец", Role.INSTRUCTOR));

        assertThat(crm.staffService.roleOf(ADMIN)).contains(Role.ADMIN);
    }

    @Test
    void storedRolesAndStrangers() {
        assertThat(crm.staffService.save(new StaffMember(OLGA, "Ольга", Role.MANAGER), ADMIN)).isEqualTo(StaffChange.DONE);

        assertThat(crm.staffService.roleOf(OLGA)).contains(Role.MANAGER);
        assertThat(crm.staffService.roleOf(new StaffId(43))).isEmpty();
    }

    @Test
    void aRoleCanChangeAndBeRemoved() {
        crm.staffService.save(new StaffMember(OLGA, "Ольга", Role.MANAGER), ADMIN);
        crm.staffService.save(new StaffMember(OLGA, "Ольга", Role.INSTRUCTOR), ADMIN);
        assertThat(crm.staffService.roleOf(OLGA)).contains(Role.INSTRUCTOR);

        assertThat(crm.staffService.remove(OLGA, ADMIN)).isEqualTo(StaffChange.DONE);
        assertThat(crm.staffService.roleOf(OLGA)).isEmpty();
    }

    @Test
    void theConfiguredAdminCannotBeChangedHere() {
        assertThat(crm.staffService.save(new StaffMember(ADMIN, "x", Role.INSTRUCTOR), ADMIN))
                .isEqualTo(StaffChange.CONFIGURED_ADMIN);
        assertThat(crm.staffService.remove(ADMIN, ADMIN)).isEqualTo(StaffChange.CONFIGURED_ADMIN);
        assertThat(crm.staff.byId(ADMIN)).isEmpty();
        assertThat(crm.staffService.roleOf(ADMIN)).contains(Role.ADMIN);
    }

    @Test
    void noAdminIsMadeHereNotEvenByAnAdmin() {
        assertThat(crm.staffService.save(new StaffMember(OLGA, "Ольга", Role.ADMIN), ADMIN))
                .isEqualTo(StaffChange.ROLE_NOT_ASSIGNABLE);
        assertThat(crm.staffService.roleOf(OLGA)).isEmpty();
    }

    @Test
    void noManagerIsPromotedToAdmin() {
        assertThat(crm.staffService.save(new StaffMember(MANAGER, "Test manager", Role.ADMIN), ADMIN))
                .isEqualTo(StaffChange.ROLE_NOT_ASSIGNABLE);
        assertThat(crm.staffService.roleOf(MANAGER)).contains(Role.MANAGER);
    }

    @Test
    void aManagerMayNotCreateAnAdmin() {
        assertThatThrownBy(() -> crm.staffService.save(new StaffMember(OLGA, "Ольга", Role.ADMIN), MANAGER))
                .isInstanceOfSatisfying(NotPermitted.class, refusal -> {
                    assertThat(refusal.actor()).isEqualTo(MANAGER);
                    assertThat(refusal.permission()).isEqualTo(Permission.MANAGE_STAFF);
                });
        assertThat(crm.staffService.roleOf(OLGA)).isEmpty();
    }

    @Test
    void onlyAdminsManageStaff() {
        StaffMember olga = new StaffMember(OLGA, "Ольга", Role.MANAGER);
        for (StaffId notAdmin : new StaffId[] {MANAGER, INSTRUCTOR, TestCrm.STRANGER}) {
            assertThatThrownBy(() -> crm.staffService.save(olga, notAdmin)).isInstanceOf(NotPermitted.class);
            assertThatThrownBy(() -> crm.staffService.remove(INSTRUCTOR, notAdmin)).isInstanceOf(NotPermitted.class);
            assertThatThrownBy(() -> crm.staffService.everyone(notAdmin)).isInstanceOf(NotPermitted.class);
        }
        assertThat(crm.staffService.roleOf(OLGA)).isEmpty();
        assertThat(crm.staffService.roleOf(INSTRUCTOR)).contains(Role.INSTRUCTOR);
    }

    @Test
    void everyoneConfiguredAdminsFirst() {
        crm.staff.remove(MANAGER);
        crm.staff.remove(INSTRUCTOR);
        crm.staff.save(new StaffMember(ADMIN, "stored twice", Role.MANAGER));
        crm.staffService.save(new StaffMember(OLGA, "Ольга", Role.MANAGER), ADMIN);
        crm.staffService.save(new StaffMember(IGOR, "Игорь", Role.INSTRUCTOR), ADMIN);

        assertThat(crm.staffService.everyone(ADMIN)).containsExactly(
                new StaffMember(ADMIN, "", Role.ADMIN),
                new StaffMember(OLGA, "Ольга", Role.MANAGER),
                new StaffMember(IGOR, "Игорь", Role.INSTRUCTOR));
    }

    @Test
    void namesOfStaffForOrderCards() {
        crm.staffService.save(new StaffMember(IGOR, "", Role.INSTRUCTOR), ADMIN);

        assertThat(crm.staffService.nameOf(MANAGER, INSTRUCTOR)).contains("Test manager");
        assertThat(crm.staffService.nameOf(IGOR, INSTRUCTOR)).isEmpty();
        assertThat(crm.staffService.nameOf(ADMIN, INSTRUCTOR)).isEmpty();
        assertThatThrownBy(() -> crm.staffService.nameOf(MANAGER, TestCrm.STRANGER)).isInstanceOf(NotPermitted.class);
    }

    @Test
    void permissionsByRole() {
        assertThat(Role.ADMIN.can(Permission.MANAGE_STAFF)).isTrue();
        assertThat(Role.MANAGER.can(Permission.MANAGE_STAFF)).isFalse();
        assertThat(Role.MANAGER.can(Permission.MANAGE_ORDERS)).isTrue();
        assertThat(Role.MANAGER.can(Permission.MANAGE_CLIENTS)).isTrue();
        assertThat(Role.MANAGER.can(Permission.VIEW_SCHEDULE)).isTrue();
        assertThat(Role.INSTRUCTOR.can(Permission.VIEW_SCHEDULE)).isTrue();
        assertThat(Role.INSTRUCTOR.can(Permission.MANAGE_ORDERS)).isFalse();
        assertThat(Role.INSTRUCTOR.can(Permission.MANAGE_CLIENTS)).isFalse();
        assertThat(new StaffMember(new StaffId(5), "", Role.INSTRUCTOR).can(Permission.MANAGE_CLIENTS)).isFalse();
    }

    @Test
    void staffMembersAreValidated() {
        assertThatThrownBy(() -> new StaffId(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StaffId(-5)).isInstanceOf(IllegalArgumentException.class);
        StaffId five = new StaffId(5);
        assertThat(new StaffMember(five, "  Ольга ", Role.MANAGER).displayName()).isEqualTo("Ольга");
        assertThatThrownBy(() -> new StaffMember(five, "x".repeat(StaffMember.DISPLAY_NAME_MAX + 1), Role.MANAGER))
                .isInstanceOf(club.lasertag.crm.domain.common.InvalidInput.class);
    }
}
