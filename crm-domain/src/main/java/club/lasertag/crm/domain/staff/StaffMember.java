package club.lasertag.crm.domain.staff;

import club.lasertag.crm.domain.common.Text;

import java.util.Objects;

/** A person who works with the CRM. */
public record StaffMember(StaffId id, String displayName, Role role) {

    public static final int DISPLAY_NAME_MAX = 64;

    public StaffMember {
        Objects.requireNonNull(id, "id");
        displayName = Text.optional("displayName", displayName, DISPLAY_NAME_MAX);
        Objects.requireNonNull(role, "role");
    }

    public boolean can(Permission permission) {
        return role.can(permission);
    }
}
