package club.lasertag.crm.persistence;

import static club.lasertag.crm.persistence.jooq.Tables.CRM_ORDER_PRICES;

import club.lasertag.crm.domain.money.Money;
import club.lasertag.crm.domain.money.OrderPrice;
import club.lasertag.crm.domain.money.PriceBreakdown;
import club.lasertag.crm.domain.money.PriceOverride;
import club.lasertag.crm.domain.order.OrderId;
import club.lasertag.crm.domain.port.out.OrderPrices;
import club.lasertag.crm.domain.staff.StaffId;
import club.lasertag.crm.persistence.jooq.tables.records.CrmOrderPricesRecord;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;

/** {@link OrderPrices} in {@code crm_order_prices}, a row per priced order. */
final class JooqOrderPrices implements OrderPrices {

    private final DSLContext db;

    JooqOrderPrices(DSLContext db) {
        this.db = db;
    }

    @Override
    public Optional<OrderPrice> of(OrderId order) {
        return db.selectFrom(CRM_ORDER_PRICES).where(IntIds.is(CRM_ORDER_PRICES.ORDER_UID, order.value()))
                .fetchOptional().map(JooqOrderPrices::price);
    }

    @Override
    public Map<OrderId, OrderPrice> of(Collection<OrderId> orders) {
        Map<OrderId, OrderPrice> found = new LinkedHashMap<>();
        if (orders.isEmpty()) {
            return found;
        }
        db.selectFrom(CRM_ORDER_PRICES)
                .where(CRM_ORDER_PRICES.ORDER_UID.in(orders.stream().map(OrderId::value).filter(id -> id <= Integer.MAX_VALUE)
                        .map(Long::intValue).toList()))
                .fetch()
                .forEach(row -> found.put(new OrderId(row.getOrderUid()), price(row)));
        return found;
    }

    @Override
    public void save(OrderId order, OrderPrice price) {
        CrmOrderPricesRecord row = db.newRecord(CRM_ORDER_PRICES);
        row.setOrderUid(Math.toIntExact(order.value()));
        row.setGameAmount(price.computed().game().minorUnits());
        row.setRestAmount(price.computed().rest().minorUnits());
        row.setExtraAmount(price.computed().extra().minorUnits());
        row.setGiftsAmount(price.computed().gifts().minorUnits());
        row.setOverrideTotal(price.override().map(o -> o.total().minorUnits()).orElse(null));
        row.setOverrideReason(price.override().map(PriceOverride::reason).orElse(""));
        row.setOverrideBy(price.override().map(o -> o.by().value()).orElse(0L));
        row.setOverrideAt(price.override().map(o -> Timestamps.toDb(o.at())).orElse(null));
        db.insertInto(CRM_ORDER_PRICES).set(row)
                .onConflict(CRM_ORDER_PRICES.ORDER_UID).doUpdate().set(row)
                .execute();
    }

    private static OrderPrice price(CrmOrderPricesRecord row) {
        PriceBreakdown computed = new PriceBreakdown(Money.ofMinor(row.getGameAmount()), Money.ofMinor(row.getRestAmount()),
                Money.ofMinor(row.getExtraAmount()), Money.ofMinor(row.getGiftsAmount()));
        Optional<PriceOverride> override = Optional.ofNullable(row.getOverrideTotal())
                .map(total -> new PriceOverride(Money.ofMinor(total), row.getOverrideReason(),
                        new StaffId(row.getOverrideBy()), Timestamps.fromDb(row.getOverrideAt())));
        return new OrderPrice(computed, override);
    }
}
