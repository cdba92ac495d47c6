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
     * @throws PhoneAlreadyStored if another client has the main phone: a concurrent save got there first
     */
    Client add(ClientProfile profile);

    /**
     * Replaces the profile of an existing client.
     *
     * @throws PhoneAlreadyStored if another client has the main phone: a concurrent save got there first
     */
    void update(Client client);

    /** Removes a client; its past orders stay, without a client. */
    void delete(ClientId id);

    Optional<Client> byId(ClientId id);

    /** The client whose main phone this is (main phones are unique; second phones may be shared). */
    Optional<Client> byMainPhone(Phone phone);

    /**
     * Every client having this phone, as main or second phone: the main phone's owner first, then by surname and
     * name (a parent's phone may be the second phone of several children).
     */
    List<Client> withPhone(Phone phone, Page page);

    /** Clients whose first or second phone contains these digits, by surname and name. */
    List<Client> withPhoneDigits(String digits, Page page);

    /**
     * Clients whose {@link ClientProfile#searchText()} contains every one of these words
     * (already in {@link club.lasertag.crm.domain.common.Text#searchable} form), by surname and name.
     */
    List<Client> withNameWords(List<String> words, Page page);

    /**
     * The store refused a main phone that another client already has. Callers check {@link #byMainPhone} first; this
     * happens only when two saves of the same phone race, and the caller then repeats its check.
     */
    final class PhoneAlreadyStored extends RuntimeException {

        public PhoneAlreadyStored(Phone phone, Throwable cause) {
            super("phone already stored: " + phone, cause);
        }
    }
}
