package club.lasertag.crm.domain.client;

import club.lasertag.crm.domain.common.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PhoneNumbersTest {

    private final PhoneNumbers russian = PhoneNumbers.russian();

    @ParameterizedTest
    @ValueSource(strings = {"+79991234567", "8 999 123-45-67", "+7 (999) 123 45 67", "123-45", " 999 ", "8.999.123"})
    void whatLooksLikeAPhone(String typed) {
        assertThat(PhoneNumbers.looksLikePhone(typed)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Иванов", "Иванов 999", "", "  ", "7+999", "++7999", "999a", "+"})
    void whatDoesNotLookLikeAPhone(String typed) {
        assertThat(PhoneNumbers.looksLikePhone(typed)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "+79991234567", "8 999 123-45-67", "+7 (999) 123 45 67", "9991234567", "+8 999 123-45-67",
            "8(999)1234567", " 7 999 123 45 67 ", "+7-999-123-45-67"})
    void russianNumbersAsPeopleTypeThem(String typed) {
        assertThat(russian.parse("phone", typed)).isEqualTo(new Phone("+79991234567"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "123", "+7 999", "+7 999 123 45 67 89 01", "", "   "})
    void aNonPhoneIsRefusedNamingTheField(String typed) {
        assertThatThrownBy(() -> russian.parse("secondphone", typed))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.field()).isEqualTo("secondphone");
                    assertThat(e.problem()).isEqualTo(InvalidInput.Problem.NOT_A_PHONE);
                    assertThat(e.details()).containsExactly(typed.strip());
                });
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} reads {1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "+79991234567   | +7 999 123-45-67",
            "+74951234567   | +7 495 123-45-67",
            "+14155552671   | +1 415-555-2671",
            "+442079460958  | +44 20 7946 0958",
            "+4930123456    | +49 30 123456",
            "+33612345678   | +33 6 12 34 56 78",
            "+380441234567  | +380 44 123 4567",
            "+77011234567   | +7 701 123 4567",
            "+8613812345678 | +86 138 1234 5678",
    })
    void aStoredPhoneIsShownInItsCountrysInternationalFormat(String e164, String readable) {
        assertThat(PhoneNumbers.readable(new Phone(e164))).isEqualTo(readable);
    }

    @Test
    void nullIsNotAPhone() {
        assertThat(russian.tryParse(null)).isEmpty();
        assertThatThrownBy(() -> russian.parse("phone", null)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void overlongInputIsNotAPhone() {
        assertThat(russian.tryParse("+7" + " ".repeat(28) + "9991234567")).contains(new Phone("+79991234567"));
        assertThat(russian.tryParse("+7" + " ".repeat(29) + "9991234567")).isEmpty();
    }

    @Test
    void aNumberWithACountryCodeKeepsItsCountry() {
        assertThat(russian.parse("phone", "+375 29 123-45-67")).isEqualTo(new Phone("+375291234567"));
    }

    @Test
    void anotherDefaultRegionReadsNationalNumbersOfThatRegion() {
        PhoneNumbers german = new PhoneNumbers("DE");

        assertThat(german.parse("phone", "030 123456")).isEqualTo(new Phone("+4930123456"));
        assertThat(german.parse("phone", "+7 999 123 45 67")).isEqualTo(new Phone("+79991234567"));
    }

    @Test
    void anUnknownRegionIsAConfigurationError() {
        assertThatThrownBy(() -> new PhoneNumbers("XX")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void digitsOfAFragment() {
        assertThat(PhoneNumbers.digitsOf("+7 (999) 12-3")).isEqualTo("7999123");
        assertThat(PhoneNumbers.digitsOf(null)).isEmpty();
    }

    @Test
    void theStartOfARussianMobileTypedWithEightIsLookedForWithSeven() {
        assertThat(PhoneNumbers.russian().searchDigits("8 999 12")).isEqualTo("799912");
        assertThat(PhoneNumbers.russian().searchDigits("8123")).isEqualTo("8123");
        assertThat(new PhoneNumbers("DE").searchDigits("8999")).isEqualTo("8999");
    }
}
