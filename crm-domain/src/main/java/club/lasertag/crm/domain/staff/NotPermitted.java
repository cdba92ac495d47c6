package club.lasertag.crm.domain.staff;

import java.util.Objects;

/**
 * The actor may not do this: their role (or their lack of one) does not grant {@link #permission()}.
 *
 * <p>An exception rather than a typed outcome because a refusal is unexpected: adapters offer each person only
 * what their role may do, so a refusal means a stale or forged button, or a member demoted or removed since the
 * screen was shown. Callers do not handle it case by case; the adapter's edge answers it politely.
 */
public final class NotPermitted extends RuntimeException {

    private final StaffId actor;
    private final Permission permission;

    public NotPermitted(StaffId actor, Permission permission) {
        super("staff " + actor + " may not " + permission, null, false, false);
        this.actor = Objects.requireNonNull(actor, "actor");
        this.permission = Objects.requireNonNull(permission, "permission");
    }

    public StaffId actor() {
        return actor;
    }

    /** What the actor would have needed. */
    public Permission permission() {
        return permission;
    }
}
