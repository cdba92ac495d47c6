package club.lasertag.crm.domain.port.in;

import club.lasertag.crm.domain.staff.Role;
import club.lasertag.crm.domain.staff.StaffMember;

import java.util.List;
import java.util.Optional;

/**
 * Use case: who may use the CRM. Admins come from the configuration; admins add and remove managers and
 * instructors.
 */
public interface ManageStaff {

    /** The role of a Telegram user, if any: configured admins first, then the stored staff. */
    Optional<Role> roleOf(long telegramUserId);

    /** Everyone: configured admins (without names) and stored staff. */
    List<StaffMember> everyone();

    /** Adds a manager or instructor, or changes their role. Configured admins cannot be changed here. */
    StaffChange save(StaffMember member);

    StaffChange remove(long telegramUserId);

    enum StaffChange {
        DONE,
        /** The user is an admin from the configuration: change the configuration instead. */
        CONFIGURED_ADMIN
    }
}
