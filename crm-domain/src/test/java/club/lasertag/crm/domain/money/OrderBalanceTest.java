package club.lasertag.crm.domain.money;

import club.lasertag.crm.domain.order.OrderId;
import club.lasertag.crm.domain.staff.StaffId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class OrderBalanceTest {

    private static final Money TOTAL = Money.of(10_000);

    @Test
    void statusFollowsWhatWasPaid() {
        assertThat(balance().status()).isEqualTo(PaymentStatus.UNPAID);
        assertThat(balance(pay(PaymentKind.DEPOSIT, 3_000)).status()).isEqualTo(PaymentStatus.DEPOSIT);
        assertThat(balance(pay(PaymentKind.DEPOSIT, 3_000), pay(PaymentKind.PAYMENT, 7_000)).status())
                .isEqualTo(PaymentStatus.PAID);
        assertThat(balance(pay(PaymentKind.DEPOSIT, 3_000), pay(PaymentKind.REFUND, 3_000)).status())
                .isEqualTo(PaymentStatus.REFUNDED);
        assertThat(balance(pay(PaymentKind.PAYMENT, 10_000), pay(PaymentKind.REFUND, 4_000)).status())
                .isEqualTo(PaymentStatus.DEPOSIT);
    }

    @Test
    void dueIsTheTotalLessWhatTheClubHolds() {
        OrderBalance balance = balance(pay(PaymentKind.DEPOSIT, 3_000), pay(PaymentKind.REFUND, 1_000));

        assertThat(balance.paid()).isEqualTo(Money.of(2_000));
        assertThat(balance.due()).isEqualTo(Money.of(8_000));
        assertThat(balance(pay(PaymentKind.PAYMENT, 12_000)).due()).isEqualTo(Money.ZERO);
    }

    @Test
    void aRefundNeverExceedsWhatWasPaid() {
        OrderBalance balance = balance(pay(PaymentKind.DEPOSIT, 3_000));

        assertThat(PaymentRules.check(balance, PaymentKind.REFUND, Money.of(3_000))).isEmpty();
        assertThat(PaymentRules.check(balance, PaymentKind.REFUND, Money.ofMinor(300_001)))
                .contains(new PaymentRefusal.RefundExceedsPaid(Money.ofMinor(300_001), Money.of(3_000)));
        assertThat(PaymentRules.check(balance(), PaymentKind.REFUND, Money.ofMinor(1))).isPresent();
        assertThat(PaymentRules.check(balance(), PaymentKind.PAYMENT, Money.of(50_000))).isEmpty();
    }

    private static OrderBalance balance(Payment... payments) {
        return OrderBalance.of(TOTAL, List.of(payments));
    }

    private static Payment pay(PaymentKind kind, long roubles) {
        return new Payment(Optional.empty(), new OrderId(1), kind, Money.of(roubles), PaymentMethod.CASH,
                new StaffId(5), Instant.parse("2030-06-01T10:00:00Z"), "");
    }
}
