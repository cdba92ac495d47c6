package club.lasertag.crm.domain.service;

import club.lasertag.crm.domain.port.in.ManageStaff;
import club.lasertag.crm.domain.port.out.Staff;
import club.lasertag.crm.domain.staff.Role;
import club.lasertag.crm.domain.staff.StaffMember;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Who may use the CRM: admins from the configuration, managers and instructors added by admins. */
public final class StaffService implements ManageStaff {

    private final Set<Long> configuredAdmins;
    private final Staff staff;

    public StaffService(Set<Long> configuredAdmins, Staff staff) {
        this.configuredAdmins = Set.copyOf(configuredAdmins);
        this.staff = staff;
    }

    @Override
    public Optional<Role> roleOf(long telegramUserId) {
        if (configuredAdmins.contains(telegramUserId)) {
            return Optional.of(Role.ADMIN);
        }
        return staff.byTelegramId(telegramUserId).map(StaffMember::role);
    }

    @Override
    public List<StaffMember> everyone() {
        List<StaffMember> result = new ArrayList<>();
        configuredAdmins.stream().sorted().map(id -> new StaffMember(id, "", Role.ADMIN)).forEach(result::add);
        staff.all().stream().filter(member -> !configuredAdmins.contains(member.telegramUserId())).forEach(result::add);
        return result;
    }

    @Override
    public StaffChange save(StaffMember member) {
        if (configuredAdmins.contains(member.telegramUserId())) {
            return StaffChange.CONFIGURED_ADMIN;
        }
        staff.save(member);
        return StaffChange.DONE;
    }

    @Override
    public StaffChange remove(long telegramUserId) {
        if (configuredAdmins.contains(telegramUserId)) {
            return StaffChange.CONFIGURED_ADMIN;
        }
        staff.remove(telegramUserId);
        return StaffChange.DONE;
    }
}
