package club.lasertag.crm.telegram.chat;

import club.lasertag.crm.domain.staff.Permission;
import club.lasertag.crm.domain.staff.Role;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * An inline button: a label, the callback data it sends back (at most 64 bytes, Telegram's limit) and the
 * permission pressing it needs, as its feature declares it (empty: anyone the bot serves). A screen shows a
 * role only the buttons it may press; the router checks the same declaration when one is pressed.
 */
public record Button(String label, String data, Optional<Permission> permission) {

    public static final int MAX_DATA_BYTES = 64;

    public Button {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(permission, "permission");
        if (data.isEmpty() || data.getBytes(StandardCharsets.UTF_8).length > MAX_DATA_BYTES) {
            throw new IllegalArgumentException("callback data must be 1.." + MAX_DATA_BYTES + " bytes: " + data);
        }
    }

    /** A button anyone may press. */
    public Button(String label, String data) {
        this(label, data, Optional.empty());
    }

    /** Whether someone with {@code role} may press it. */
    public boolean pressableBy(Role role) {
        return permission.map(role::can).orElse(true);
    }
}
