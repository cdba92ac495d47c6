package club.lasertag.crm.domain.feed;

import club.lasertag.crm.domain.staff.Permission;
import club.lasertag.crm.domain.staff.Role;

/**
 * Who sees clients' phones outside the CRM's own screens (a calendar feed): those who manage clients (admins and
 * managers). Instructors see who plays, not how to call them.
 */
public final class PhoneVisibility {

    private PhoneVisibility() {
    }

    public static boolean showsPhones(Role role) {
        return role.can(Permission.MANAGE_CLIENTS);
    }
}
