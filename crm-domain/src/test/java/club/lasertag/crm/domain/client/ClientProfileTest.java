package club.lasertag.crm.domain.client;

import club.lasertag.crm.domain.common.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static club.lasertag.crm.domain.testing.ClientProfileBuilder.aClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClientProfileTest {

    private static final String EMOJI = "\uD83D\uDE00"; // one code point, two chars

    @Test
    void aNameOfTwentyCharactersFits() {
        assertThat(aClient().name("А".repeat(20)).build().name()).hasSize(20);
    }

    @Test
    void aNameOverTwentyCharactersIsTooLong() {
        assertThatThrownBy(() -> aClient().name("А".repeat(21)).build())
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.field()).isEqualTo("name");
                    assertThat(e.problem()).isEqualTo(InvalidInput.Problem.TOO_LONG);
                    assertThat(e.details()).containsExactly(20, 21);
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n"})
    void anEmptyNameIsRequired(String name) {
        assertInvalid(() -> aClient().name(name).build(), "name", InvalidInput.Problem.REQUIRED);
    }

    @Test
    void aMissingNameIsRequired() {
        assertInvalid(() -> aClient().name(null).build(), "name", InvalidInput.Problem.REQUIRED);
    }

    @Test
    void optionalFieldsMayBeEmptyOrMissing() {
        ClientProfile profile = aClient().surname(null).midname("").description(null).leadSource("  ").build();

        assertThat(profile.surname()).isEmpty();
        assertThat(profile.midname()).isEmpty();
        assertThat(profile.description()).isEmpty();
        assertThat(profile.leadSource()).isEmpty();
    }

    @Test
    void limitsAreCountedInCodePoints() {
        ClientProfile profile = aClient()
                .surname(EMOJI.repeat(20)).name(EMOJI.repeat(20)).midname(EMOJI.repeat(20))
                .description(EMOJI.repeat(100)).leadSource(EMOJI.repeat(25))
                .build();

        assertThat(profile.surname()).isEqualTo(EMOJI.repeat(20));
        assertThat(profile.description()).isEqualTo(EMOJI.repeat(100));
        assertThat(profile.leadSource()).isEqualTo(EMOJI.repeat(25));
    }

    @Test
    void everyOptionalFieldHasItsLimitAndNamesItself() {
        assertInvalid(() -> aClient().surname("x".repeat(21)).build(), "surname", InvalidInput.Problem.TOO_LONG);
        assertInvalid(() -> aClient().midname(EMOJI.repeat(21)).build(), "midname", InvalidInput.Problem.TOO_LONG);
        assertInvalid(() -> aClient().description("x".repeat(101)).build(), "description", InvalidInput.Problem.TOO_LONG);
        assertInvalid(() -> aClient().leadSource("x".repeat(26)).build(), "from", InvalidInput.Problem.TOO_LONG);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ив\u0000ан", "Ив\tан", "Ив\rан", "Ив\u001Bан", "Ив\u007Fан", "Ив\u0085ан"})
    void controlCharactersAreRefused(String name) {
        assertInvalid(() -> aClient().name(name).build(), "name", InvalidInput.Problem.CONTROL_CHARACTERS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ив\uD800ан", "Ив\uDC00", "\u202Eвонави", "Ив\u2066ан\u2069", "Ив\u202Aан"})
    void loneSurrogatesAndBidiOverridesAreRefused(String name) {
        assertInvalid(() -> aClient().name(name).build(), "name", InvalidInput.Problem.CONTROL_CHARACTERS);
        assertInvalid(() -> aClient().description(name).build(), "description", InvalidInput.Problem.CONTROL_CHARACTERS);
    }

    @Test
    void rightToLeftNamesAndEmojiSequencesAreFine() {
        assertThat(aClient().name("محمد").build().name()).isEqualTo("محمد");
        assertThat(aClient().name("👨‍👩‍👧 Семья").build().name()).isEqualTo("👨‍👩‍👧 Семья");
    }

    @Test
    void namesAndTheLeadSourceAreOneLine() {
        assertInvalid(() -> aClient().surname("Ива\nнов").build(), "surname", InvalidInput.Problem.CONTROL_CHARACTERS);
        assertInvalid(() -> aClient().leadSource("insta\ngram").build(), "from", InvalidInput.Problem.CONTROL_CHARACTERS);
    }

    @Test
    void aNulInANoteIsRefusedButNewLinesAreFine() {
        assertInvalid(() -> aClient().description("a\u0000b").build(), "description",
                InvalidInput.Problem.CONTROL_CHARACTERS);
        assertThat(aClient().description("line one\nline two").build().description()).isEqualTo("line one\nline two");
    }

    @Test
    void textIsTrimmedBeforeItsLengthIsCounted() {
        ClientProfile profile = aClient()
                .surname("  Иванов ").name("\u2003" + "П".repeat(20) + "  ").midname(" Сергеевич\n")
                .description("  note  ").leadSource(" instagram ")
                .build();

        assertThat(profile.surname()).isEqualTo("Иванов");
        assertThat(profile.name()).isEqualTo("П".repeat(20));
        assertThat(profile.midname()).isEqualTo("Сергеевич");
        assertThat(profile.description()).isEqualTo("note");
        assertThat(profile.leadSource()).isEqualTo("instagram");
    }

    @Test
    void fullNameSkipsEmptyParts() {
        assertThat(aClient().surname("Иванов").name("Пётр").midname("Сергеевич").build().fullName())
                .isEqualTo("Иванов Пётр Сергеевич");
        assertThat(aClient().surname("").name("Пётр").midname("").build().fullName()).isEqualTo("Пётр");
    }

    @Test
    void searchTextIsLowerCaseWithEForYo() {
        assertThat(aClient().surname("Семёнов").name("Пётр").midname("").build().searchText()).isEqualTo("семенов петр");
    }

    @Test
    void aSecondPhoneEqualToTheFirstIsDropped() {
        ClientProfile profile = aClient().phone("+79991234567").secondPhone("+79991234567").build();

        assertThat(profile.secondPhone()).isEmpty();
    }

    @Test
    void aMissingSecondPhoneIsEmpty() {
        ClientProfile profile = aClient().build().withSecondPhone(null);

        assertThat(profile.secondPhone()).isEmpty();
    }

    @Test
    void aClientHasBothItsPhones() {
        ClientProfile profile = aClient().phone("+79991234567").secondPhone("+79997654321").build();

        assertThat(profile.hasPhone(new Phone("+79991234567"))).isTrue();
        assertThat(profile.hasPhone(new Phone("+79997654321"))).isTrue();
        assertThat(profile.hasPhone(new Phone("+79990000000"))).isFalse();
    }

    @Test
    void withersValidateToo() {
        ClientProfile profile = aClient().build();

        assertInvalid(() -> profile.withSurname("x".repeat(21)), "surname", InvalidInput.Problem.TOO_LONG);
        assertInvalid(() -> profile.withName(" "), "name", InvalidInput.Problem.REQUIRED);
        assertThat(profile.withMidname(" Ильич ").midname()).isEqualTo("Ильич");
        assertThat(profile.withPhone(new Phone("+79990000001")).phone()).isEqualTo(new Phone("+79990000001"));
        assertThat(profile.withDescription("vip").description()).isEqualTo("vip");
        assertThat(profile.withLeadSource("vk").leadSource()).isEqualTo("vk");
        assertThat(profile.withSecondPhone(Optional.of(new Phone("+79990000002"))).secondPhone())
                .contains(new Phone("+79990000002"));
    }

    private static void assertInvalid(Runnable action, String field, InvalidInput.Problem problem) {
        assertThatThrownBy(action::run)
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.problem()).isEqualTo(problem);
                });
    }
}
