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
        surname = validSurname(surname);
        name = validName(name);
        midname = validMidname(midname);
        Objects.requireNonNull(phone, "phone");
        secondPhone = secondPhone == null ? Optional.empty() : secondPhone.filter(second -> !second.equals(phone));
        description = validDescription(description);
        leadSource = validLeadSource(leadSource);
    }

    // The rule of each text field, one field at a time, for forms that ask field by field: the same rules the
    // profile applies, so a form never accepts what the profile refuses or the other way round. Each returns
    // the value normalised, or throws InvalidInput naming the field.

    /** One line, at most {@link #NAME_MAX}; may be empty. */
    public static String validSurname(String typed) {
        return Text.optional("surname", typed, NAME_MAX);
    }

    /** One line, at most {@link #NAME_MAX}; required. */
    public static String validName(String typed) {
        return Text.required("name", typed, NAME_MAX);
    }

    /** One line, at most {@link #NAME_MAX}; may be empty. */
    public static String validMidname(String typed) {
        return Text.optional("midname", typed, NAME_MAX);
    }

    /** A note: several lines allowed, at most {@link #DESCRIPTION_MAX}; may be empty. */
    public static String validDescription(String typed) {
        return Text.note("description", typed, DESCRIPTION_MAX);
    }

    /** One line, at most {@link #LEAD_SOURCE_MAX}; may be empty. */
    public static String validLeadSource(String typed) {
        return Text.optional("from", typed, LEAD_SOURCE_MAX);
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
