package club.lasertag.crm.domain.service;

import club.lasertag.crm.domain.audit.Snapshots;
import club.lasertag.crm.domain.audit.Subject;
import club.lasertag.crm.domain.common.NotFound;
import club.lasertag.crm.domain.money.Money;
import club.lasertag.crm.domain.money.OrderBalance;
import club.lasertag.crm.domain.money.OrderPrice;
import club.lasertag.crm.domain.money.Payment;
import club.lasertag.crm.domain.money.PaymentRefusal;
import club.lasertag.crm.domain.money.PaymentRules;
import club.lasertag.crm.domain.money.PriceBreakdown;
import club.lasertag.crm.domain.money.PriceItem;
import club.lasertag.crm.domain.money.PriceList;
import club.lasertag.crm.domain.money.PriceOverride;
import club.lasertag.crm.domain.money.PricingPolicy;
import club.lasertag.crm.domain.common.InvalidInput;
import club.lasertag.crm.domain.order.ClubRules;
import club.lasertag.crm.domain.order.Order;
import club.lasertag.crm.domain.order.OrderId;
import club.lasertag.crm.domain.order.Slot;
import club.lasertag.crm.domain.port.in.BookingRequest;
import club.lasertag.crm.domain.port.in.ManagePrices;
import club.lasertag.crm.domain.port.in.OrderAccount;
import club.lasertag.crm.domain.port.in.PaymentRequest;
import club.lasertag.crm.domain.port.in.QuotePrice;
import club.lasertag.crm.domain.port.in.RecordPayment;
import club.lasertag.crm.domain.port.in.ViewOrderMoney;
import club.lasertag.crm.domain.port.out.AuditLog;
import club.lasertag.crm.domain.port.out.OrderPrices;
import club.lasertag.crm.domain.port.out.Orders;
import club.lasertag.crm.domain.port.out.Payments;
import club.lasertag.crm.domain.port.out.PriceLists;
import club.lasertag.crm.domain.staff.AccessPolicy;
import club.lasertag.crm.domain.staff.Permission;
import club.lasertag.crm.domain.staff.StaffId;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The price list, orders' prices, payments and balances. */
public final class MoneyService implements ManagePrices, QuotePrice, ViewOrderMoney, RecordPayment {

    private final Orders orders;
    private final PriceLists priceLists;
    private final OrderPrices orderPrices;
    private final Payments payments;
    private final ClubRules rules;
    private final PricingPolicy policy;
    private final Auditor auditor;
    private final Clock clock;
    private final AccessPolicy access;

    public MoneyService(Orders orders, PriceLists priceLists, OrderPrices orderPrices, Payments payments,
            AuditLog audit, ClubRules rules, Clock clock, AccessPolicy access) {
        this.orders = orders;
        this.priceLists = priceLists;
        this.orderPrices = orderPrices;
        this.payments = payments;
        this.rules = rules;
        this.policy = new PricingPolicy(rules.zone());
        this.auditor = new Auditor(audit, clock);
        this.clock = clock;
        this.access = access;
    }

    @Override
    public PriceList prices(StaffId by) {
        if (!access.permits(by, Permission.EDIT_PRICES)) {
            access.require(by, Permission.MANAGE_PAYMENTS);
        }
        return priceLists.current();
    }

    @Override
    public PriceList setPrice(PriceItem item, Optional<Money> amount, StaffId by) {
        access.require(by, Permission.EDIT_PRICES);
        if (amount.isEmpty() && !item.isOptional()) {
            throw new InvalidInput("price", InvalidInput.Problem.REQUIRED);
        }
        amount.ifPresent(PriceList::requireWithinBound);
        PriceList before = priceLists.current();
        PriceList after = before.with(item, amount);
        priceLists.save(after);
        auditor.changed(Subject.PRICE_LIST, "price.set", by,
                Map.of(item.code(), before.price(item).map(Snapshots::money).orElse("")),
                Map.of(item.code(), amount.map(Snapshots::money).orElse("")));
        return after;
    }

    @Override
    public PriceList setHoliday(LocalDate day, boolean holiday, StaffId by) {
        access.require(by, Permission.EDIT_PRICES);
        PriceList before = priceLists.current();
        PriceList after = before.withHoliday(day, holiday);
        priceLists.save(after);
        auditor.changed(Subject.PRICE_LIST, "price.holiday", by,
                Map.of("holiday " + day, before.holidays().contains(day) ? "yes" : ""),
                Map.of("holiday " + day, holiday ? "yes" : ""));
        return after;
    }

    @Override
    public PriceBreakdown quote(BookingRequest request, StaffId by) {
        access.require(by, Permission.MANAGE_ORDERS);
        return policy.price(priceLists.current(), slotOf(request), request.setup().players(), request.gameType(),
                request.gift());
    }

    @Override
    public PriceChange preview(OrderId id, BookingRequest changed, StaffId by) {
        access.require(by, Permission.MANAGE_ORDERS);
        requireOrder(id);
        Money before = orderPrices.of(id).map(OrderPrice::total).orElse(Money.ZERO);
        return new PriceChange(before, quote(changed, by).total());
    }

    @Override
    public OrderAccount account(OrderId id, StaffId by) {
        access.require(by, Permission.MANAGE_PAYMENTS);
        requireOrder(id);
        return accountOf(id);
    }

    @Override
    public Map<OrderId, OrderBalance> balances(Collection<OrderId> ids, StaffId by) {
        access.require(by, Permission.MANAGE_PAYMENTS);
        Map<OrderId, OrderPrice> prices = orderPrices.of(ids);
        Map<OrderId, List<Payment>> paid = payments.ofOrders(ids);
        Map<OrderId, OrderBalance> balances = new LinkedHashMap<>();
        for (OrderId id : ids) {
            Money total = Optional.ofNullable(prices.get(id)).map(OrderPrice::total).orElse(Money.ZERO);
            balances.put(id, OrderBalance.of(total, paid.getOrDefault(id, List.of())));
        }
        return balances;
    }

    @Override
    public PaymentOutcome record(PaymentRequest request, StaffId by) {
        access.require(by, Permission.MANAGE_PAYMENTS);
        requireOrder(request.order());
        OrderAccount account = accountOf(request.order());
        Optional<PaymentRefusal> refusal = PaymentRules.check(account.balance(), request.kind(), request.amount());
        if (refusal.isPresent()) {
            return new PaymentOutcome.Refused(refusal.get(), account);
        }
        Payment payment = payments.add(new Payment(Optional.empty(), request.order(), request.kind(), request.amount(),
                request.method(), by, clock.instant(), request.note()));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("amount", Snapshots.money(payment.amount()));
        fields.put("method", payment.method().code());
        fields.put("note", payment.note());
        auditor.happened(Subject.order(request.order()), "payment." + request.kind().code(), by, fields);
        return new PaymentOutcome.Recorded(payment, accountOf(request.order()));
    }

    @Override
    public OrderAccount overridePrice(OrderId id, Money total, String reason, StaffId by) {
        access.require(by, Permission.MANAGE_PAYMENTS);
        Order order = requireOrder(id);
        if (total.isGreaterThan(Payment.MAX_AMOUNT)) { // zero is a valid total: a free game
            throw new InvalidInput("amount", InvalidInput.Problem.OUT_OF_RANGE, total, Money.ZERO, Payment.MAX_AMOUNT);
        }
        OrderPrice before = orderPrices.of(id).orElseGet(() -> OrderPrice.computed(policy.price(priceLists.current(), order)));
        OrderPrice after = before.overriddenBy(new PriceOverride(total, reason, by, clock.instant()));
        orderPrices.save(id, after);
        auditor.changed(Subject.order(id), "price.override", by, Snapshots.of(before), Snapshots.of(after));
        return accountOf(id);
    }

    private OrderAccount accountOf(OrderId id) {
        return new OrderAccount(id, orderPrices.of(id), payments.ofOrder(id));
    }

    private Order requireOrder(OrderId id) {
        return orders.byId(id).orElseThrow(() -> new NotFound("order", id.value()));
    }

    private Slot slotOf(BookingRequest request) {
        return new Slot(request.date().atTime(request.start()).atZone(rules.zone()).toInstant(),
                request.setup().gameTime(), request.setup().polygon(), request.setup().restRoom(),
                request.setup().restTime());
    }
}
