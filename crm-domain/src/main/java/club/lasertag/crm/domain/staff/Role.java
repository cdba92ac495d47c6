package club.lasertag.crm.domain.staff;

import club.lasertag.crm.domain.common.Coded;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a staff member may do: an admin everything; a manager views the schedule, manages clients, orders and their
 * payments, exports them and reads the history (but does not edit the price list or the staff); an instructor only
 * views the schedule (no money, no history).
 */
public enum Role implements Coded {
    ADMIN(EnumSet.allOf(Permission.class)),
    MANAGER(EnumSet.of(Permission.VIEW_SCHEDULE, Permission.MANAGE_CLIENTS, Permission.MANAGE_ORDERS,
            Permission.EXPORT_DATA, Permission.MANAGE_PAYMENTS, Permission.VIEW_HISTORY)),
    INSTRUCTOR(EnumSet.of(Permission.VIEW_SCHEDULE));

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        this.permissions = permissions;
    }

    public boolean can(Permission permission) {
        return permissions.contains(permission);
    }

    @Override
    public String code() {
        return Coded.codeOf(this);
    }

    public static Role ofCode(String code) {
        return Coded.parse(Role.class, "role", code);
    }
}
