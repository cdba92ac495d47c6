package club.lasertag.crm.telegram.clients;

import club.lasertag.crm.domain.client.ClientProfile;
import club.lasertag.crm.domain.client.Phone;
import club.lasertag.crm.domain.client.PhoneNumbers;
import club.lasertag.crm.domain.common.Text;
import club.lasertag.crm.telegram.chat.FlowStep;
import club.lasertag.crm.telegram.chat.PhoneFormat;

import java.util.Arrays;
import java.util.Optional;

/**
 * A field of a client's profile as the dialogs ask for it, in the order the add dialog asks. The code is the
 * {@code crm_clients} column name: it names the field in texts ({@code field.<code>}), callback data, dialog
 * answers and, as the step of the add and edit dialogs, the dialog state.
 */
enum ClientField implements FlowStep {
    PHONE("phone", false),
    NAME("name", false),
    SURNAME("surname", true),
    MIDNAME("midname", true),
    SECOND_PHONE("secondphone", true),
    DESCRIPTION("description", true),
    FROM("from", true);

    private final String code;
    private final boolean optional;

    ClientField(String code, boolean optional) {
        this.code = code;
        this.optional = optional;
    }

    @Override
    public String code() {
        return code;
    }

    boolean optional() {
        return optional;
    }

    boolean isPhone() {
        return this == PHONE || this == SECOND_PHONE;
    }

    static Optional<ClientField> ofCode(String code) {
        return Arrays.stream(values()).filter(field -> field.code.equals(code)).findFirst();
    }

    /**
     * The typed value checked by the domain's rule for this field (the one {@link ClientProfile} applies) and
     * normalised (a phone in E.164), as kept in dialog answers. Throws
     * {@link club.lasertag.crm.domain.common.InvalidInput} naming the field.
     */
    String normalise(String typed, PhoneNumbers phones) {
        return switch (this) {
            case PHONE, SECOND_PHONE -> phones.parse(code, typed).e164();
            case NAME -> ClientProfile.validName(typed);
            case SURNAME -> ClientProfile.validSurname(typed);
            case MIDNAME -> ClientProfile.validMidname(typed);
            case DESCRIPTION -> ClientProfile.validDescription(typed);
            case FROM -> ClientProfile.validLeadSource(typed);
        };
    }

    /** The field's value in a profile, as stored ("" when empty). */
    String valueIn(ClientProfile profile) {
        return switch (this) {
            case PHONE -> profile.phone().e164();
            case NAME -> profile.name();
            case SURNAME -> profile.surname();
            case MIDNAME -> profile.midname();
            case SECOND_PHONE -> profile.secondPhone().map(Phone::e164).orElse("");
            case DESCRIPTION -> profile.description();
            case FROM -> profile.leadSource();
        };
    }

    /** The profile with this field set to a {@link #normalise normalised} value; "" clears an optional field. */
    ClientProfile applyTo(ClientProfile profile, String value) {
        return switch (this) {
            case PHONE -> profile.withPhone(new Phone(value));
            case NAME -> profile.withName(value);
            case SURNAME -> profile.withSurname(value);
            case MIDNAME -> profile.withMidname(value);
            case SECOND_PHONE -> profile.withSecondPhone(
                    value.isEmpty() ? Optional.empty() : Optional.of(new Phone(value)));
            case DESCRIPTION -> profile.withDescription(value);
            case FROM -> profile.withLeadSource(value);
        };
    }

    /** A stored value as people read it (phones spaced out), not escaped. */
    String readable(String value) {
        return isPhone() && !value.isEmpty() ? PhoneFormat.readable(new Phone(value)) : value;
    }
}
