package club.lasertag.crm.domain.port.out;

import club.lasertag.crm.domain.staff.StaffId;
import club.lasertag.crm.domain.staff.StaffMember;

import java.util.List;
import java.util.Optional;

/** Outgoing port: the staff added in the CRM (admins from the configuration are not stored here). */
public interface Staff {

    Optional<StaffMember> byId(StaffId id);

    /** Everyone, by role then name. */
    List<StaffMember> all();

    /** Adds a member or changes the role and name of an existing one. */
    void save(StaffMember member);

    void remove(StaffId id);
}
