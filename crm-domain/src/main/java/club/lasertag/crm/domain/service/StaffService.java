package club.lasertag.crm.domain.service;

import club.lasertag.crm.domain.audit.Snapshots;
import club.lasertag.crm.domain.audit.Subject;
import club.lasertag.crm.domain.port.in.ManageStaff;
import club.lasertag.crm.domain.port.out.AuditLog;
import club.lasertag.crm.domain.port.out.Staff;
import club.lasertag.crm.domain.staff.AccessPolicy;
import club.lasertag.crm.domain.staff.Permission;
import club.lasertag.crm.domain.staff.Role;
import club.lasertag.crm.domain.staff.StaffId;
import club.lasertag.crm.domain.staff.StaffMember;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Map;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who may use the CRM: admins from the configuration, managers and instructors added by admins. The configured
 * admins are the access policy's, so who counts as an admin is decided in one place.
 */
public final class StaffService implements ManageStaff {

    private final AccessPolicy access;
    private final Staff staff;
    private final Auditor auditor;

    public StaffService(AccessPolicy access, Staff staff, AuditLog audit, Clock clock) {
        this.access = access;
        this.staff = staff;
        this.auditor = new Auditor(audit, clock);
    }

    @Override
    public Optional<Role> roleOf(StaffId id) {
        return access.roleOf(id);
    }

    @Override
    public Optional<String> nameOf(StaffId member, StaffId by) {
        access.require(by, Permission.VIEW_SCHEDULE);
        return staff.byId(member).map(StaffMember::displayName).filter(name -> !name.isBlank());
    }

    @Override
    public List<StaffMember> everyone(StaffId by) {
        access.require(by, Permission.MANAGE_STAFF);
        Set<StaffId> admins = access.configuredAdmins();
        List<StaffMember> result = new ArrayList<>();
        admins.stream().sorted(Comparator.comparingLong(StaffId::value))
                .map(id -> new StaffMember(id, "", Role.ADMIN))
                .forEach(result::add);
        staff.all().stream().filter(member -> !admins.contains(member.id())).forEach(result::add);
        return result;
    }

    @Override
    public StaffChange save(StaffMember member, StaffId by) {
        access.require(by, Permission.MANAGE_STAFF);
        if (member.role() == Role.ADMIN) {
            return StaffChange.ROLE_NOT_ASSIGNABLE;
        }
        if (access.isConfiguredAdmin(member.id())) {
            return StaffChange.CONFIGURED_ADMIN;
        }
        Map<String, String> before = staff.byId(member.id()).map(Snapshots::of).orElse(Map.of());
        staff.save(member);
        auditor.changed(Subject.staff(member.id()), "staff.saved", by, before, Snapshots.of(member));
        return StaffChange.DONE;
    }

    @Override
    public StaffChange remove(StaffId member, StaffId by) {
        access.require(by, Permission.MANAGE_STAFF);
        if (access.isConfiguredAdmin(member)) {
            return StaffChange.CONFIGURED_ADMIN;
        }
        Optional<StaffMember> before = staff.byId(member);
        staff.remove(member);
        before.ifPresent(removed -> auditor.changed(Subject.staff(member), "staff.removed", by, Snapshots.of(removed),
                Map.of()));
        return StaffChange.DONE;
    }
}
