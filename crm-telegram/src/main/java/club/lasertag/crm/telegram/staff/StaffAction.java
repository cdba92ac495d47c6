package club.lasertag.crm.telegram.staff;

import club.lasertag.crm.domain.staff.Permission;
import club.lasertag.crm.domain.staff.Role;
import club.lasertag.crm.telegram.chat.Action;

import java.util.List;

/** The staff feature's buttons, all for admins only; {@link StaffCallbacks} encodes them. */
sealed interface StaffAction extends Action {

    @Override
    default Permission permission() {
        return Permission.MANAGE_STAFF;
    }

    /** The action's name and arguments in the callback data. */
    List<Object> parts();

    /** Everyone with a role. */
    record ListAll() implements StaffAction {
        public List<Object> parts() {
            return List.of("list");
        }
    }

    /** One member's screen. */
    record Member(long id) implements StaffAction {
        public List<Object> parts() {
            return List.of("m", id);
        }
    }

    record ChangeRole(long id, Role role) implements StaffAction {
        public List<Object> parts() {
            return List.of("role", id, role.code());
        }
    }

    /** Asks before removing. */
    record Remove(long id) implements StaffAction {
        public List<Object> parts() {
            return List.of("del", id);
        }
    }

    record RemoveConfirmed(long id) implements StaffAction {
        public List<Object> parts() {
            return List.of("delok", id);
        }
    }

    /** Starts the add dialog. */
    record Add() implements StaffAction {
        public List<Object> parts() {
            return List.of("add");
        }
    }

    /** Skips the name in the add dialog. */
    record SkipName() implements StaffAction {
        public List<Object> parts() {
            return List.of("skip");
        }
    }

    /** The role chosen in the add dialog. */
    record AddWithRole(Role role) implements StaffAction {
        public List<Object> parts() {
            return List.of("addrole", role.code());
        }
    }

    record Cancel() implements StaffAction {
        public List<Object> parts() {
            return List.of("cancel");
        }
    }
}
