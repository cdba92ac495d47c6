package club.lasertag.crm.chat.input;

import club.lasertag.crm.domain.common.InvalidInput;
import club.lasertag.crm.domain.money.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TypedAmountTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "12500|1250000", "12 500|1250000", "12 500|1250000", "1 250 000|125000000", "12500,50|1250050",
            "12500.5|1250050", "0,01|1", " 300 ₽ |30000", "300р|30000", "300 руб.|30000", "300 RUB|30000", "0|0"})
    void acceptsWhatAManagerTypes(String typed, long minorUnits) {
        assertThat(TypedAmount.parse("amount", typed)).isEqualTo(Money.ofMinor(minorUnits));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12,5к", "12.5k", "-100", "+5", "abc", "", "12,500", "12 50", "1.234", "12500,505",
            "1e5", "9999999999999", "12 500 500 5"})
    void refusesWhatItCannotReadSafely(String typed) {
        assertThatThrownBy(() -> TypedAmount.parse("amount", typed)).isInstanceOfSatisfying(InvalidInput.class,
                invalid -> {
                    assertThat(invalid.field()).isEqualTo("amount");
                    assertThat(invalid.problem()).isEqualTo(InvalidInput.Problem.NOT_A_NUMBER);
                });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "5000|500000|''", "5 000 аванс по телефону|500000|аванс по телефону", "5000 руб аванс|500000|аванс",
            "1 500,50 ₽ сдача|150050|сдача", "12 500|1250000|''"})
    void readsAnAmountWithANote(String typed, long minorUnits, String note) {
        assertThat(TypedAmount.parseWithNote("amount", typed))
                .isEqualTo(new TypedAmount.WithNote(Money.ofMinor(minorUnits), note));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12,5к аванс", "-100 возврат", "abc"})
    void anUnreadableAmountBeforeANoteIsRefused(String typed) {
        assertThatThrownBy(() -> TypedAmount.parseWithNote("amount", typed)).isInstanceOf(InvalidInput.class);
    }
}
