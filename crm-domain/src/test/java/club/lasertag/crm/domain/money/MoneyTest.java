package club.lasertag.crm.domain.money;

import club.lasertag.crm.domain.common.InvalidInput;
import club.lasertag.crm.domain.order.OrderId;
import club.lasertag.crm.domain.staff.StaffId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {

    @Test
    void exactArithmeticInMinorUnits() {
        assertThat(Money.of(12_500).plus(Money.ofMinor(50))).isEqualTo(Money.ofMinor(1_250_050));
        assertThat(Money.ofMinor(1_250_050).toString()).isEqualTo("12500.50");
        assertThat(Money.of(100).minusAtMostToZero(Money.of(150))).isEqualTo(Money.ZERO);
        assertThat(Money.ofMinor(1).timesFraction(1, 2)).isEqualTo(Money.ofMinor(1)); // half up
    }

    @Test
    void neverNegativeAndOverflowIsAnError() {
        assertThatThrownBy(() -> Money.ofMinor(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.ofMinor(Long.MAX_VALUE).plus(Money.ofMinor(1))).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void paymentsArePositiveAndBounded() {
        assertThatThrownBy(() -> payment(Money.ZERO)).isInstanceOfSatisfying(InvalidInput.class,
                invalid -> assertThat(invalid.problem()).isEqualTo(InvalidInput.Problem.NOT_POSITIVE));
        assertThatThrownBy(() -> payment(Payment.MAX_AMOUNT.plus(Money.ofMinor(1)))).isInstanceOfSatisfying(
                InvalidInput.class, invalid -> assertThat(invalid.problem()).isEqualTo(InvalidInput.Problem.OUT_OF_RANGE));
        assertThat(payment(Payment.MAX_AMOUNT).amount()).isEqualTo(Money.of(10_000_000));
    }

    @Test
    void priceListLinesAreBoundedAndOptionalOnesFallBack() {
        assertThatThrownBy(() -> PriceList.empty().with(PriceItem.REST_ROOM,
                Optional.of(PriceList.MAX_PRICE.plus(Money.ofMinor(1))))).isInstanceOf(InvalidInput.class);
        PriceList prices = PriceList.empty().with(PriceItem.GAME_PARK, Optional.of(Money.of(5_000)));
        assertThat(prices.effective(PriceItem.GAME_PARK_WEEKEND)).isEqualTo(Money.of(5_000));
        assertThat(prices.with(PriceItem.GAME_PARK_WEEKEND, Optional.of(Money.of(6_000)))
                .effective(PriceItem.GAME_PARK_WEEKEND)).isEqualTo(Money.of(6_000));
        assertThat(prices.effective(PriceItem.GIFT_SNOOD)).isEqualTo(Money.ZERO);
    }

    private static Payment payment(Money amount) {
        return new Payment(Optional.empty(), new OrderId(1), PaymentKind.PAYMENT, amount, PaymentMethod.CARD,
                new StaffId(5), Instant.EPOCH, "");
    }
}
