package club.lasertag.crm.telegram.clients;

import club.lasertag.crm.domain.client.ClientId;
import club.lasertag.crm.domain.staff.Permission;
import club.lasertag.crm.telegram.chat.Action;

import java.util.List;

/** The clients feature's buttons, all for those who manage clients; {@link ClientCallbacks} encodes them. */
sealed interface ClientAction extends Action {

    @Override
    default Permission permission() {
        return Permission.MANAGE_CLIENTS;
    }

    /** The action's name and arguments in the callback data. */
    List<Object> parts();

    record Card(ClientId id) implements ClientAction {
        public List<Object> parts() {
            return List.of("card", id.value());
        }
    }

    /** The card, leaving a dialog of this feature: "open" on "this phone is someone's already". */
    record Open(ClientId id) implements ClientAction {
        public List<Object> parts() {
            return List.of("open", id.value());
        }
    }

    /** The add dialog, pre-filled from a search query ("" for none). */
    record New(String query) implements ClientAction {
        public List<Object> parts() {
            return query.isEmpty() ? List.of("new") : List.of("new", query);
        }
    }

    /** The add dialog, pre-filled from the long query the chat's dialog state keeps under this hash. */
    record NewRemembered(String hash) implements ClientAction {
        public List<Object> parts() {
            return List.of("news", hash);
        }
    }

    /** A page of search results for a query short enough to travel in the data. */
    record Find(int page, String query) implements ClientAction {
        public List<Object> parts() {
            return List.of("find", page, query);
        }
    }

    /** A page of search results for the long query the chat's dialog state keeps under this hash. */
    record FindRemembered(int page, String hash) implements ClientAction {
        public List<Object> parts() {
            return List.of("finds", page, hash);
        }
    }

    /** The menu of fields to change. */
    record Edit(ClientId id) implements ClientAction {
        public List<Object> parts() {
            return List.of("edit", id.value());
        }
    }

    record EditField(ClientId id, ClientField field) implements ClientAction {
        public List<Object> parts() {
            return List.of("ef", id.value(), field.code());
        }
    }

    /** Asks before deleting. */
    record Delete(ClientId id) implements ClientAction {
        public List<Object> parts() {
            return List.of("del", id.value());
        }
    }

    record DeleteConfirmed(ClientId id) implements ClientAction {
        public List<Object> parts() {
            return List.of("delok", id.value());
        }
    }

    /** Skips the optional field the add dialog asks. */
    record Skip(ClientField field) implements ClientAction {
        public List<Object> parts() {
            return List.of("skip", field.code());
        }
    }

    /** One of the common lead sources, by its index in the user's language's list. */
    record LeadSource(int index) implements ClientAction {
        public List<Object> parts() {
            return List.of("src", index);
        }
    }

    /** Clears the optional field the edit dialog asks. */
    record Clear(ClientField field) implements ClientAction {
        public List<Object> parts() {
            return List.of("clear", field.code());
        }
    }

    record Cancel() implements ClientAction {
        public List<Object> parts() {
            return List.of("cancel");
        }
    }
}
