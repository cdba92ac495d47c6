package club.lasertag.crm.persistence;

import static club.lasertag.crm.domain.testing.BookingRequestBuilder.aBooking;
import static club.lasertag.crm.domain.testing.PriceListBuilder.aPriceList;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import club.lasertag.crm.domain.audit.AuditEntry;
import club.lasertag.crm.domain.audit.FieldChange;
import club.lasertag.crm.domain.audit.Subject;
import club.lasertag.crm.domain.client.Client;
import club.lasertag.crm.domain.common.Page;
import club.lasertag.crm.domain.money.Money;
import club.lasertag.crm.domain.money.OrderPrice;
import club.lasertag.crm.domain.money.Payment;
import club.lasertag.crm.domain.money.PaymentKind;
import club.lasertag.crm.domain.money.PaymentMethod;
import club.lasertag.crm.domain.money.PaymentStatus;
import club.lasertag.crm.domain.money.PriceBreakdown;
import club.lasertag.crm.domain.money.PriceItem;
import club.lasertag.crm.domain.money.PriceList;
import club.lasertag.crm.domain.money.PriceOverride;
import club.lasertag.crm.domain.order.ClubRules;
import club.lasertag.crm.domain.order.Order;
import club.lasertag.crm.domain.order.OrderId;
import club.lasertag.crm.domain.port.in.PaymentRequest;
import club.lasertag.crm.domain.staff.Role;
import club.lasertag.crm.domain.staff.StaffId;
import club.lasertag.crm.domain.staff.StaffMember;
import club.lasertag.crm.domain.testing.TestCrm;
import club.lasertag.crm.persistence.testing.TestPorts;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What the money and audit adapters do on SQLite and PostgreSQL alike: the price list, orders' prices, payments
 * and the audit log round-trip exactly, and the use cases on them keep their word (the price stored at booking,
 * payments and refunds, the audit entry committed or rolled back with its change).
 */
abstract class MoneyContract {

    private static final StaffId ANNA = new StaffId(5_000_000_001L);
    private static final Instant AT = Instant.parse("2030-06-01T10:15:30.123Z");

    abstract TestPorts database();

    private JooqPorts ports() {
        return database().ports();
    }

    @Test
    void anEmptyDatabaseHasAnEmptyPriceListInRoubles() {
        assertThat(ports().priceLists().current()).isEqualTo(PriceList.empty());
        assertThat(ports().priceLists().current().currency().getCurrencyCode()).isEqualTo("RUB");
    }

    @Test
    void thePriceListRoundTrips() {
        PriceList prices = aPriceList().setMinor(PriceItem.GIFT_SNOOD, 40_050).holiday(LocalDate.of(2030, 12, 31)).build();

        ports().priceLists().save(prices);
        assertThat(ports().priceLists().current()).isEqualTo(prices);

        PriceList fewer = prices.with(PriceItem.GAME_ARENA_WEEKEND, Optional.empty()).withHoliday(LocalDate.of(2030, 12, 31), false);
        ports().priceLists().save(fewer);
        assertThat(ports().priceLists().current()).isEqualTo(fewer);
    }

    @Test
    void orderPricesRoundTripWithAndWithoutOverride() {
        OrderPrice computed = OrderPrice.computed(new PriceBreakdown(Money.ofMinor(1_125_000), Money.of(1_500), Money.ZERO,
                Money.ofMinor(1)));
        OrderPrice overridden = computed.overriddenBy(new PriceOverride(Money.of(10_000), "скидка постоянному", ANNA, AT));

        ports().orderPrices().save(new OrderId(7), computed);
        ports().orderPrices().save(new OrderId(8), computed);
        assertThat(ports().orderPrices().of(new OrderId(7))).contains(computed);
        ports().orderPrices().save(new OrderId(7), overridden);

        assertThat(ports().orderPrices().of(new OrderId(7))).contains(overridden);
        assertThat(ports().orderPrices().of(List.of(new OrderId(7), new OrderId(8), new OrderId(9))))
                .containsOnlyKeys(new OrderId(7), new OrderId(8));
        assertThat(ports().orderPrices().of(new OrderId(9))).isEmpty();
        assertThat(ports().orderPrices().of(new OrderId(5_000_000_000L))).isEmpty();
    }

    @Test
    void paymentsAreAddedWithIdsAndReadInOrder() {
        Payment deposit = ports().payments().add(payment(7, PaymentKind.DEPOSIT, 500_000, "аванс"));
        Payment refund = ports().payments().add(payment(7, PaymentKind.REFUND, 100_050, ""));
        Payment other = ports().payments().add(payment(8, PaymentKind.PAYMENT, 1, "x"));

        assertThat(deposit.id()).isPresent();
        assertThat(ports().payments().ofOrder(new OrderId(7))).containsExactly(deposit, refund);
        assertThat(ports().payments().ofOrders(List.of(new OrderId(7), new OrderId(8), new OrderId(9))))
                .containsOnlyKeys(new OrderId(7), new OrderId(8))
                .containsEntry(new OrderId(8), List.of(other));
        assertThat(ports().payments().ofOrders(List.of())).isEmpty();
    }

    @Test
    void theAuditLogKeepsEveryFieldExactlyAndPagesTheLatestFirst() {
        Subject order = Subject.order(new OrderId(7));
        AuditEntry booked = new AuditEntry(order, "order.booked", ANNA, AT,
                List.of(new FieldChange("comment", "", "строка 1\nстрока 2\t\\конец"), new FieldChange("players", "", "10")));
        AuditEntry paid = new AuditEntry(order, "payment.deposit", ANNA, AT.plusSeconds(60), List.of());
        ports().auditLog().record(booked);
        ports().auditLog().record(new AuditEntry(Subject.order(new OrderId(8)), "order.booked", ANNA, AT, List.of()));
        ports().auditLog().record(paid);

        assertThat(ports().auditLog().of(order, Page.first(10))).containsExactly(paid, booked);
        assertThat(ports().auditLog().of(order, new Page(1, 1))).containsExactly(booked);
        assertThat(ports().auditLog().of(Subject.client(new club.lasertag.crm.domain.client.ClientId(7)), Page.first(10)))
                .isEmpty();
    }

    @Test
    void theUseCasesOnTheDatabaseStoreThePriceThePaymentsAndTheirAudit() {
        TestCrm crm = crm();
        crm.priceLists.save(aPriceList().build());
        Client client = crm.client();
        Order order = crm.booked(aBooking().client(client.id()));
        OrderId id = order.requireId();
        crm.moneyService.record(new PaymentRequest(id, PaymentKind.DEPOSIT, Money.of(5_000), PaymentMethod.CARD, ""),
                TestCrm.MANAGER);

        assertThat(crm.moneyService.account(id, TestCrm.MANAGER).balance().total()).isEqualTo(Money.of(14_000));
        assertThat(crm.moneyService.balances(List.of(id), TestCrm.MANAGER).get(id).status())
                .isEqualTo(PaymentStatus.DEPOSIT);
        assertThat(crm.historyService.history(Subject.order(id), Page.first(10), TestCrm.MANAGER))
                .extracting(AuditEntry::action).containsExactly("payment.deposit", "order.booked");
    }

    @Test
    void anAuditEntryIsRolledBackWithItsChange() {
        TestCrm crm = crm();
        Client client = crm.client();
        Order order = crm.booked(aBooking().client(client.id()));

        assertThatThrownBy(() -> ports().unitOfWork().run(() -> {
            crm.moneyService.record(new PaymentRequest(order.requireId(), PaymentKind.PAYMENT, Money.of(100),
                    PaymentMethod.CASH, ""), TestCrm.MANAGER);
            throw new IllegalStateException("the update failed after the payment");
        })).hasMessageContaining("failed");

        assertThat(ports().payments().ofOrder(order.requireId())).isEmpty();
        assertThat(ports().auditLog().of(Subject.order(order.requireId()), Page.first(10)))
                .extracting(AuditEntry::action).containsExactly("order.booked");
    }

    private TestCrm crm() {
        ports().staff().save(new StaffMember(TestCrm.MANAGER, "Test manager", Role.MANAGER));
        return new TestCrm(ClubRules.defaults(TestCrm.ZONE), ports().clients(), ports().orders(), ports().staff(),
                ports().feedTokens(), ports().exportSource(), ports().priceLists(), ports().orderPrices(), ports().payments(), ports().auditLog());
    }

    private static Payment payment(long order, PaymentKind kind, long minor, String note) {
        return new Payment(Optional.empty(), new OrderId(order), kind, Money.ofMinor(minor), PaymentMethod.TRANSFER, ANNA,
                AT, note);
    }
}
