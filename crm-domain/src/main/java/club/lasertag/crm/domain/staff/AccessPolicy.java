package club.lasertag.crm.domain.staff;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Who may do what: the one place that decides whether an actor holds a permission. An actor's role is theirs as
 * a configured admin first, else as a stored staff member; an unknown actor has no role and may do nothing.
 */
public final class AccessPolicy {

    private final Set<StaffId> configuredAdmins;
    private final Function<StaffId, Optional<StaffMember>> storedStaff;

    /**
     * @param configuredAdmins the admins from the configuration (the only admins there are)
     * @param storedStaff      the staff added in the CRM, by id (the {@code Staff} port's {@code byId})
     */
    public AccessPolicy(Set<StaffId> configuredAdmins, Function<StaffId, Optional<StaffMember>> storedStaff) {
        this.configuredAdmins = Set.copyOf(configuredAdmins);
        this.storedStaff = Objects.requireNonNull(storedStaff, "storedStaff");
    }

    /** The actor's role, if they have one. */
    public Optional<Role> roleOf(StaffId actor) {
        if (isConfiguredAdmin(actor)) {
            return Optional.of(Role.ADMIN);
        }
        return storedStaff.apply(actor).map(StaffMember::role);
    }

    /** Whether the actor holds the permission. */
    public boolean permits(StaffId actor, Permission permission) {
        return roleOf(actor).filter(role -> role.can(permission)).isPresent();
    }

    /** Returns quietly if the actor holds the permission; otherwise throws {@link NotPermitted}. */
    public void require(StaffId actor, Permission permission) {
        Objects.requireNonNull(actor, "actor");
        if (!permits(actor, permission)) {
            throw new NotPermitted(actor, permission);
        }
    }

    public boolean isConfiguredAdmin(StaffId id) {
        return configuredAdmins.contains(id);
    }

    public Set<StaffId> configuredAdmins() {
        return configuredAdmins;
    }
}
