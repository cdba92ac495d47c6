package club.lasertag.crm.domain.service;

import club.lasertag.crm.domain.audit.AuditEntry;
import club.lasertag.crm.domain.audit.FieldChange;
import club.lasertag.crm.domain.audit.Subject;
import club.lasertag.crm.domain.client.Client;
import club.lasertag.crm.domain.common.InvalidInput;
import club.lasertag.crm.domain.common.Page;
import club.lasertag.crm.domain.money.Money;
import club.lasertag.crm.domain.money.PaymentKind;
import club.lasertag.crm.domain.money.PaymentMethod;
import club.lasertag.crm.domain.money.PaymentRefusal;
import club.lasertag.crm.domain.money.PaymentStatus;
import club.lasertag.crm.domain.money.PriceItem;
import club.lasertag.crm.domain.order.Order;
import club.lasertag.crm.domain.order.OrderId;
import club.lasertag.crm.domain.order.OrderStatus;
import club.lasertag.crm.domain.port.in.OrderAccount;
import club.lasertag.crm.domain.port.in.PaymentRequest;
import club.lasertag.crm.domain.port.in.QuotePrice;
import club.lasertag.crm.domain.port.in.RecordPayment.PaymentOutcome;
import club.lasertag.crm.domain.staff.NotPermitted;
import club.lasertag.crm.domain.staff.Permission;
import club.lasertag.crm.domain.staff.Role;
import club.lasertag.crm.domain.staff.StaffId;
import club.lasertag.crm.domain.staff.StaffMember;
import club.lasertag.crm.domain.testing.TestCrm;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static club.lasertag.crm.domain.testing.BookingRequestBuilder.aBooking;
import static club.lasertag.crm.domain.testing.ClientProfileBuilder.aClient;
import static club.lasertag.crm.domain.testing.PriceListBuilder.aPriceList;
import static club.lasertag.crm.domain.testing.TestCrm.ADMIN;
import static club.lasertag.crm.domain.testing.TestCrm.INSTRUCTOR;
import static club.lasertag.crm.domain.testing.TestCrm.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyServiceTest {

    private final TestCrm crm = new TestCrm();
    private Client client;

    @BeforeEach
    void pricesAndAClient() {
        crm.priceLists.save(aPriceList().build());
        client = crm.client();
    }

    @Test
    void aBookingGetsItsPriceAndKeepsItWhenThePriceListChanges() {
        Order order = crm.booked(aBooking().client(client.id())); // Saturday, arena 1 h, room 1 h, 10, birthday, bandanas

        assertThat(total(order)).isEqualTo(Money.of(7_500 + 1_500 + 2_000 + 3_000));
        crm.moneyService.setPrice(PriceItem.GAME_ARENA_WEEKEND, Optional.of(Money.of(9_000)), ADMIN);

        assertThat(total(order)).isEqualTo(Money.of(14_000));
        assertThat(total(crm.booked(aBooking().client(client.id()).at("18:00")))).isEqualTo(Money.of(15_500));
    }

    @Test
    void aChangeRecomputesThePriceAndThePreviewShowsTheDifference() {
        Order order = crm.booked(aBooking().client(client.id()));
        QuotePrice.PriceChange preview = crm.moneyService.preview(order.requireId(),
                aBooking().client(client.id()).players(12).build(), MANAGER);

        assertThat(preview).isEqualTo(new QuotePrice.PriceChange(Money.of(14_000), Money.of(14_600)));
        assertThat(preview.differenceMinorUnits()).isEqualTo(60_000);
        assertThat(total(order)).isEqualTo(Money.of(14_000)); // nothing saved yet

        crm.bookingService.edit(order.requireId(), aBooking().client(client.id()).players(12).build(), MANAGER);
        assertThat(total(order)).isEqualTo(Money.of(14_600));
        crm.bookingService.reschedule(order.requireId(), java.time.LocalDate.of(2030, 6, 12),
                java.time.LocalTime.of(15, 0), MANAGER); // to a Wednesday: the weekday arena price
        assertThat(total(order)).isEqualTo(Money.of(13_100));
    }

    @Test
    void aManagerOverridesTheTotalWithAReason() {
        Order order = crm.booked(aBooking().client(client.id()));

        OrderAccount account = crm.moneyService.overridePrice(order.requireId(), Money.of(12_000), "постоянный клиент",
                MANAGER);

        assertThat(account.balance().total()).isEqualTo(Money.of(12_000));
        assertThat(account.price().orElseThrow().computed().total()).isEqualTo(Money.of(14_000));
        assertThat(account.price().orElseThrow().override().orElseThrow().reason()).isEqualTo("постоянный клиент");
        assertThatThrownBy(() -> crm.moneyService.overridePrice(order.requireId(), Money.of(1), " ", MANAGER))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.field()).isEqualTo("reason"));
    }

    @Test
    void depositPaymentAndRefundMoveTheBalanceAndARefundNeverExceedsWhatWasPaid() {
        OrderId id = crm.booked(aBooking().client(client.id())).requireId();

        PaymentOutcome deposit = pay(id, PaymentKind.DEPOSIT, 5_000);
        assertThat(((PaymentOutcome.Recorded) deposit).account().balance().status()).isEqualTo(PaymentStatus.DEPOSIT);
        assertThat(crm.moneyService.account(id, MANAGER).balance().due()).isEqualTo(Money.of(9_000));

        PaymentOutcome tooMuch = pay(id, PaymentKind.REFUND, 5_001);
        assertThat(tooMuch).isInstanceOfSatisfying(PaymentOutcome.Refused.class, refused -> assertThat(refused.reason())
                .isEqualTo(new PaymentRefusal.RefundExceedsPaid(Money.of(5_001), Money.of(5_000))));
        assertThat(crm.payments.ofOrder(id)).hasSize(1);

        pay(id, PaymentKind.PAYMENT, 9_000);
        assertThat(crm.moneyService.account(id, MANAGER).balance().status()).isEqualTo(PaymentStatus.PAID);
        pay(id, PaymentKind.REFUND, 14_000);
        OrderAccount account = crm.moneyService.account(id, MANAGER);
        assertThat(account.balance().status()).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(account.payments()).extracting(payment -> payment.by()).containsOnly(MANAGER);
        assertThat(crm.moneyService.balances(List.of(id), MANAGER).get(id).due()).isEqualTo(Money.of(14_000));
    }

    @Test
    void permissions() {
        OrderId id = crm.booked(aBooking().client(client.id())).requireId();

        assertThatThrownBy(() -> crm.moneyService.setPrice(PriceItem.REST_ROOM, Optional.of(Money.of(1)), MANAGER))
                .isInstanceOfSatisfying(NotPermitted.class, refusal -> assertThat(refusal.permission())
                        .isEqualTo(Permission.EDIT_PRICES));
        assertThatThrownBy(() -> crm.moneyService.account(id, INSTRUCTOR)).isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> crm.moneyService.balances(List.of(id), INSTRUCTOR)).isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> pay(id, PaymentKind.DEPOSIT, 1, INSTRUCTOR)).isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> crm.moneyService.overridePrice(id, Money.ZERO, "x", INSTRUCTOR))
                .isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> crm.historyService.history(Subject.order(id), Page.first(10), INSTRUCTOR))
                .isInstanceOf(NotPermitted.class);
        assertThat(pay(id, PaymentKind.DEPOSIT, 1, MANAGER)).isInstanceOf(PaymentOutcome.Recorded.class);
        assertThat(crm.moneyService.prices(MANAGER).price(PriceItem.REST_ROOM)).contains(Money.of(1_500));
        assertThat(crm.moneyService.setPrice(PriceItem.REST_ROOM, Optional.of(Money.of(1_600)), ADMIN)
                .price(PriceItem.REST_ROOM)).contains(Money.of(1_600));
        assertThatThrownBy(() -> crm.moneyService.setPrice(PriceItem.REST_ROOM, Optional.empty(), ADMIN))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void everyChangeIsAuditedWithWhoWhenAndTheFieldsBeforeAndAfter() {
        OrderId id = crm.booked(aBooking().client(client.id())).requireId();
        crm.clock.advance(Duration.ofMinutes(5));
        crm.bookingService.edit(id, aBooking().client(client.id()).players(12).build(), MANAGER);
        crm.clock.advance(Duration.ofMinutes(5));
        pay(id, PaymentKind.DEPOSIT, 5_000);
        crm.moneyService.overridePrice(id, Money.of(14_000), "скидка", MANAGER);
        crm.bookingService.change(id, OrderStatus.CONFIRMED, ADMIN);

        List<AuditEntry> history = crm.historyService.history(Subject.order(id), Page.first(10), MANAGER);

        assertThat(history).extracting(AuditEntry::action)
                .containsExactly("order.status", "price.override", "payment.deposit", "order.changed", "order.booked");
        AuditEntry edit = history.get(3);
        assertThat(edit.by()).isEqualTo(MANAGER);
        assertThat(edit.at()).isEqualTo(TestCrm.NOW.plus(Duration.ofMinutes(5)));
        assertThat(edit.changes()).containsExactly(new FieldChange("players", "10", "12"),
                new FieldChange("price", "14000.00", "14600.00"));
        assertThat(history.get(2).changes()).contains(new FieldChange("amount", "", "5000.00"),
                new FieldChange("method", "", "cash"));
        assertThat(history.get(1).changes()).containsExactly(new FieldChange("price", "14600.00", "14000.00"),
                new FieldChange("price_reason", "", "скидка"));
        assertThat(history.get(0).by()).isEqualTo(ADMIN);
        assertThat(history.get(0).changes()).containsExactly(new FieldChange("status", "new", "confirmed"));
        assertThat(crm.historyService.history(Subject.order(id), new Page(1, 2), MANAGER))
                .extracting(AuditEntry::action).containsExactly("price.override", "payment.deposit");
    }

    @Test
    void clientsStaffAndPricesAreAuditedToo() {
        crm.clientService.edit(client.id(), aClient().surname("Петрова").build(), MANAGER);
        crm.clientService.delete(client.id(), MANAGER);
        crm.staffService.save(new StaffMember(new StaffId(42), "Ольга", Role.MANAGER), ADMIN);
        crm.moneyService.setPrice(PriceItem.GIFT_SNOOD, Optional.of(Money.of(450)), ADMIN);
        crm.moneyService.setPrice(PriceItem.GIFT_SNOOD, Optional.of(Money.of(450)), ADMIN); // no change, no entry

        assertThat(crm.historyService.history(Subject.client(client.id()), Page.first(10), MANAGER))
                .extracting(AuditEntry::action).containsExactly("client.deleted", "client.edited");
        assertThat(crm.historyService.history(Subject.client(client.id()), Page.first(10), MANAGER).get(1).changes())
                .contains(new FieldChange("surname", client.profile().surname(), "Петрова"));
        assertThat(crm.historyService.history(Subject.staff(new StaffId(42)), Page.first(10), ADMIN))
                .singleElement().satisfies(entry -> assertThat(entry.changes())
                        .contains(new FieldChange("role", "", "manager")));
        assertThat(crm.historyService.history(Subject.PRICE_LIST, Page.first(10), ADMIN))
                .singleElement().satisfies(entry -> assertThat(entry.changes())
                        .containsExactly(new FieldChange("gift_snood", "400.00", "450.00")));
    }

    private Money total(Order order) {
        return crm.moneyService.account(order.requireId(), MANAGER).balance().total();
    }

    private PaymentOutcome pay(OrderId id, PaymentKind kind, long roubles) {
        return pay(id, kind, roubles, MANAGER);
    }

    private PaymentOutcome pay(OrderId id, PaymentKind kind, long roubles, StaffId by) {
        return crm.moneyService.record(new PaymentRequest(id, kind, Money.of(roubles), PaymentMethod.CASH, ""), by);
    }
}
