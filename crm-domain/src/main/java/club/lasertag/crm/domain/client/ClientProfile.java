package club.lasertag.crm.domain.client;

import club.lasertag.crm.domain.common.Text;

import java.util.Objects;
import java.util.Optional;

/**
 * What the club knows about a client, validated: the seed's column lengths hold, names are trimmed,
 * no control characters. The second phone is optional.
 */
public record ClientProfile(
        String surname,
        String name,
        String midname,
        Phone phone,
        Optional<Phone> secondPhone,
        String description,
        String leadSource) {

    public static final int NAME_MAX = 20;
    public static final int DESCRIPTION_MAX = 100;
    public static final int LEAD_SOURCE_MAX = 25;

    public ClientProfile {
        surname = Text.optional("surname", surname, NAME_MAX);
        name = Text.required("name", name, NAME_MAX);
        midname = Text.optional("midname", midname, NAME_MAX);
        Objects.requireNonNull(phone, "phone");
        secondPhone = secondPhone == null ? Optional.empty() : secondPhone.filter(second -> !second.equals(phone));
        description = Text.note("description", description, DESCRIPTION_MAX);
        leadSource = Text.optional("from", leadSource, LEAD_SOURCE_MAX);
    }

    /** "Surname Name Midname", skipping what is empty. */
    public String fullName() {
        return String.join(" ", surname, name, midname).strip().replaceAll("\\s+", " ");
    }

    /** The text that name search looks in (see {@link Text#searchable}). */
    public String searchText() {
        return Text.searchable(fullName());
    }

    public boolean hasPhone(Phone candidate) {
        return phone.equals(candidate) || secondPhone.filter(candidate::equals).isPresent();
    }

    public ClientProfile withSurname(String value) {
        return new ClientProfile(value, name, midname, phone, secondPhone, description, leadSource);
    }

    public ClientProfile withName(String value) {
        return new ClientProfile(surname, value, midname, phone, secondPhone, description, leadSource);
    }

    public ClientProfile withMidname(String value) {
        return new ClientProfile(surname, name, value, phone, secondPhone, description, leadSource);
    }

    public ClientProfile withPhone(Phone value) {
        return new ClientProfile(surname, name, midname, value, secondPhone, description, leadSource);
    }

    public ClientProfile withSecondPhone(Optional<Phone> value) {
        return new ClientProfile(surname, name, midname, phone, value, description, leadSource);
    }

    public ClientProfile withDescription(String value) {
        return new ClientProfile(surname, name, midname, phone, secondPhone, value, leadSource);
    }

    public ClientProfile withLeadSource(String value) {
        return new ClientProfile(surname, name, midname, phone, secondPhone, description, value);
    }
}
