package club.lasertag.crm.domain.staff;

import club.lasertag.crm.domain.common.Text;

import java.util.Objects;

/** A person who works with the CRM, known by Telegram user id. */
public record StaffMember(long telegramUserId, String displayName, Role role) {

    public static final int DISPLAY_NAME_MAX = 64;

    public StaffMember {
        if (telegramUserId <= 0) {
            throw new IllegalArgumentException("telegram user id must be positive: " + telegramUserId);
        }
        displayName = Text.optional("displayName", displayName, DISPLAY_NAME_MAX);
        Objects.requireNonNull(role, "role");
    }

    public boolean can(Permission permission) {
        return role.can(permission);
    }
}
