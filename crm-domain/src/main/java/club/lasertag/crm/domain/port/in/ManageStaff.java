package club.lasertag.crm.domain.port.in;

import club.lasertag.crm.domain.staff.Role;
import club.lasertag.crm.domain.staff.StaffId;
import club.lasertag.crm.domain.staff.StaffMember;

import java.util.List;
import java.util.Optional;

/**
 * Use case: who may use the CRM. Admins come from the configuration only; admins add and remove managers and
 * instructors ({@link club.lasertag.crm.domain.staff.Permission#MANAGE_STAFF}).
 */
public interface ManageStaff {

    /**
     * The role of a person, if any: configured admins first, then the stored staff. Not guarded: it is how an
     * adapter learns who is there at all.
     */
    Optional<Role> roleOf(StaffId id);

    /**
     * The name of a stored staff member, if they have one, as an order card shows who booked or changed it.
     * Requires {@link club.lasertag.crm.domain.staff.Permission#VIEW_SCHEDULE}.
     */
    Optional<String> nameOf(StaffId member, StaffId by);

    /** Everyone: configured admins (without names) and stored staff. Requires MANAGE_STAFF. */
    List<StaffMember> everyone(StaffId by);

    /**
     * Adds a manager or instructor, or changes their role. Configured admins cannot be changed here, and nobody
     * is made an admin here. Requires MANAGE_STAFF.
     */
    StaffChange save(StaffMember member, StaffId by);

    /** Removes a manager or instructor. Configured admins cannot be removed here. Requires MANAGE_STAFF. */
    StaffChange remove(StaffId member, StaffId by);

    enum StaffChange {
        DONE,
        /** The member is an admin from the configuration: change the configuration instead. */
        CONFIGURED_ADMIN,
        /** The role cannot be given here: admins come only from the configuration. */
        ROLE_NOT_ASSIGNABLE
    }
}
