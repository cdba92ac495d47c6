package club.lasertag.crm.domain.client;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PhoneTest {

    @ParameterizedTest
    @ValueSource(strings = {"79991234567", "+0991234567", "+7 999 123 45 67", "+7999", "+7999123456789012"})
    void onlyE164IsAPhone(String text) {
        assertThatThrownBy(() -> new Phone(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void digitsAreWithoutThePlus() {
        Phone phone = new Phone("+79991234567");

        assertThat(phone.digits()).isEqualTo("79991234567");
        assertThat(phone).hasToString("+79991234567");
    }

    @Test
    void idsArePositive() {
        assertThatThrownBy(() -> new ClientId(0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new ClientId(1).value()).isEqualTo(1);
    }
}
