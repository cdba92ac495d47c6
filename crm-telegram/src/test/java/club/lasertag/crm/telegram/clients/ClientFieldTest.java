package club.lasertag.crm.telegram.clients;

import club.lasertag.crm.domain.client.ClientProfile;
import club.lasertag.crm.domain.client.PhoneNumbers;
import club.lasertag.crm.domain.common.InvalidInput;
import club.lasertag.crm.domain.testing.ClientProfileBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The add and edit dialogs take a field's answer exactly when a client profile would: the bot holds no limits or
 * line rules of its own.
 */
class ClientFieldTest {

    private static final List<String> SAMPLES = List.of("", "  Анна  ", "две\\nстроки", "three\\nlines\\nhere", "tab\\there",
            "nul\\u0000", "Я".repeat(20), "Я".repeat(21), "Я".repeat(25), "Я".repeat(26), "Я".repeat(100),
            "Я".repeat(101), "😀".repeat(20), "😀".repeat(21));

    private final PhoneNumbers phones = PhoneNumbers.russian();
    private final ClientProfile base = ClientProfileBuilder.aClient().build();

    @ParameterizedTest
    @EnumSource(value = ClientField.class, names = {"NAME", "SURNAME", "MIDNAME", "DESCRIPTION", "FROM"})
    void aTextFieldAcceptsWhatTheProfileAccepts(ClientField field) {
        for (String typed : SAMPLES) {
            Optional<String> byDialog = attempt(() -> field.normalise(typed, phones));
            Optional<String> byProfile = attempt(() -> field.valueIn(field.applyTo(base, typed)));

            assertThat(byDialog).as("%s of %s", field, typed).isEqualTo(byProfile);
        }
    }

    private static Optional<String> attempt(java.util.function.Supplier<String> check) {
        try {
            return Optional.of(check.get());
        } catch (InvalidInput refused) {
            return Optional.empty();
        }
    }
}
