package club.lasertag.crm.domain.port.out;

import club.lasertag.crm.domain.client.Client;
import club.lasertag.crm.domain.client.ClientId;
import club.lasertag.crm.domain.client.ClientProfile;
import club.lasertag.crm.domain.client.Phone;

import club.lasertag.crm.domain.common.Page;

import java.util.List;
import java.util.Optional;

/** Outgoing port: where clients are kept. */
public interface Clients {

    /**
     * Stores a new client and gives it an id.
     *
     * @throws PhoneAlreadyStored if another client has the phone: a concurrent save got there first
     */
    Client add(ClientProfile profile);

    /**
     * Replaces the profile of an existing client.
     *
     * @throws PhoneAlreadyStored if another client has the phone: a concurrent save got there first
     */
    void update(Client client);

    /** Removes a client; its past orders stay, without a client. */
    void delete(ClientId id);

    Optional<Client> byId(ClientId id);

    /** The client having this phone as first or second phone. */
    Optional<Client> byPhone(Phone phone);

    /** Clients whose first or second phone contains these digits, by surname and name. */
    List<Client> withPhoneDigits(String digits, Page page);

    /**
     * Clients whose {@link ClientProfile#searchText()} contains every one of these words
     * (already in {@link club.lasertag.crm.domain.common.Text#searchable} form), by surname and name.
     */
    List<Client> withNameWords(List<String> words, Page page);

    /**
     * The store refused a phone that another client already has. Callers check {@link #byPhone} first; this
     * happens only when two saves of the same phone race, and the caller then repeats its check.
     */
    final class PhoneAlreadyStored extends RuntimeException {

        public PhoneAlreadyStored(Phone phone, Throwable cause) {
            super("phone already stored: " + phone, cause);
        }
    }
}
