package club.lasertag.crm.telegram.staff;

import club.lasertag.crm.domain.staff.Role;
import club.lasertag.crm.telegram.chat.Callback;
import club.lasertag.crm.telegram.chat.CallbackCodec;

import java.util.List;
import java.util.Optional;

/** {@code st:<action>:<args>}: {@code list}, {@code m:<id>}, {@code role:<id>:<role>}, {@code del:<id>}, ... */
final class StaffCallbacks extends CallbackCodec<StaffAction> {

    static final StaffCallbacks CODEC = new StaffCallbacks();

    private StaffCallbacks() {
        super("st");
    }

    @Override
    protected List<Object> parts(StaffAction action) {
        return action.parts();
    }

    @Override
    protected Optional<StaffAction> read(Callback callback) {
        return switch (callback.action()) {
            case "list" -> Optional.of(new StaffAction.ListAll());
            case "m" -> callback.id(0).map(StaffAction.Member::new);
            case "role" -> callback.id(0).flatMap(id -> callback.arg(1).flatMap(StaffCallbacks::assignable)
                    .map(role -> new StaffAction.ChangeRole(id, role)));
            case "del" -> callback.id(0).map(StaffAction.Remove::new);
            case "delok" -> callback.id(0).map(StaffAction.RemoveConfirmed::new);
            case "add" -> Optional.of(new StaffAction.Add());
            case "skip" -> Optional.of(new StaffAction.SkipName());
            case "addrole" -> callback.arg(0).flatMap(StaffCallbacks::assignable).map(StaffAction.AddWithRole::new);
            case "cancel" -> Optional.of(new StaffAction.Cancel());
            default -> Optional.empty();
        };
    }

    private static Optional<Role> assignable(String code) {
        return StaffFeature.ASSIGNABLE.stream().filter(role -> role.code().equals(code)).findFirst();
    }
}
