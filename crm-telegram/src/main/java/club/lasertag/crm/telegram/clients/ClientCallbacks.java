package club.lasertag.crm.telegram.clients;

import club.lasertag.crm.domain.client.ClientId;
import club.lasertag.crm.telegram.chat.Callback;
import club.lasertag.crm.telegram.chat.CallbackCodec;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code cl:<action>:<args>}: {@code card:<id>}, {@code new[:<query>]}, {@code find:<page>:<query>},
 * {@code ef:<id>:<field>}, ... (see {@link ClientAction}).
 */
final class ClientCallbacks extends CallbackCodec<ClientAction> {

    static final ClientCallbacks CODEC = new ClientCallbacks();
    /** The highest page a paging button may carry. */
    static final int MAX_PAGE = 9_999;

    private ClientCallbacks() {
        super("cl");
    }

    @Override
    protected List<Object> parts(ClientAction action) {
        return action.parts();
    }

    @Override
    protected Optional<ClientAction> read(Callback callback) {
        return switch (callback.action()) {
            case "card" -> client(callback, ClientAction.Card::new);
            case "open" -> client(callback, ClientAction.Open::new);
            case "new" -> Optional.of(new ClientAction.New(callback.rest(0).orElse("")));
            case "news" -> callback.arg(0).map(ClientAction.NewRemembered::new);
            case "find" -> page(callback).flatMap(page -> callback.rest(1).filter(query -> !query.isBlank())
                    .map(query -> new ClientAction.Find(page, query)));
            case "finds" -> page(callback).flatMap(page -> callback.arg(1)
                    .map(hash -> new ClientAction.FindRemembered(page, hash)));
            case "edit" -> client(callback, ClientAction.Edit::new);
            case "ef" -> callback.id(0).map(ClientId::new).flatMap(id -> field(callback, 1)
                    .map(field -> new ClientAction.EditField(id, field)));
            case "del" -> client(callback, ClientAction.Delete::new);
            case "delok" -> client(callback, ClientAction.DeleteConfirmed::new);
            case "skip" -> field(callback, 0).map(ClientAction.Skip::new);
            case "src" -> callback.number(0, 1).map(ClientAction.LeadSource::new);
            case "clear" -> field(callback, 0).map(ClientAction.Clear::new);
            case "cancel" -> Optional.of(new ClientAction.Cancel());
            default -> Optional.empty();
        };
    }

    private static Optional<ClientAction> client(Callback callback, Function<ClientId, ClientAction> action) {
        return callback.id(0).map(ClientId::new).map(action);
    }

    private static Optional<Integer> page(Callback callback) {
        return callback.number(0, 4).filter(page -> page <= MAX_PAGE);
    }

    private static Optional<ClientField> field(Callback callback, int index) {
        return callback.arg(index).flatMap(ClientField::ofCode);
    }
}
