package club.lasertag.crm.persistence;

import static club.lasertag.crm.persistence.jooq.Tables.CRM_PRICES;
import static club.lasertag.crm.persistence.jooq.Tables.CRM_PRICE_HOLIDAYS;

import club.lasertag.crm.domain.money.Money;
import club.lasertag.crm.domain.money.PriceItem;
import club.lasertag.crm.domain.money.PriceList;
import club.lasertag.crm.domain.port.out.PriceLists;
import club.lasertag.crm.persistence.jooq.tables.records.CrmPricesRecord;
import java.util.Currency;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;

/** {@link PriceLists} in {@code crm_prices} (a row per item set) and {@code crm_price_holidays}. */
final class JooqPriceLists implements PriceLists {

    private final DSLContext db;

    JooqPriceLists(DSLContext db) {
        this.db = db;
    }

    @Override
    public PriceList current() {
        Map<PriceItem, Money> prices = new EnumMap<>(PriceItem.class);
        Currency currency = PriceList.DEFAULT_CURRENCY;
        for (CrmPricesRecord row : db.selectFrom(CRM_PRICES).fetch()) {
            prices.put(PriceItem.ofCode(row.getItem()), Money.ofMinor(row.getAmount()));
            currency = Currency.getInstance(row.getCurrency());
        }
        Set<java.time.LocalDate> holidays = Set.copyOf(db.select(CRM_PRICE_HOLIDAYS.DAY).from(CRM_PRICE_HOLIDAYS)
                .fetch(CRM_PRICE_HOLIDAYS.DAY));
        return new PriceList(currency, prices, holidays);
    }

    @Override
    public void save(PriceList prices) {
        // the context variant: inside a unit of work on this thread, a savepoint in its transaction
        db.transaction(() -> {
            DSLContext in = db;
            in.deleteFrom(CRM_PRICES).execute();
            prices.prices().forEach((item, amount) -> in.insertInto(CRM_PRICES)
                    .set(CRM_PRICES.ITEM, item.code())
                    .set(CRM_PRICES.AMOUNT, amount.minorUnits())
                    .set(CRM_PRICES.CURRENCY, prices.currency().getCurrencyCode())
                    .execute());
            in.deleteFrom(CRM_PRICE_HOLIDAYS).execute();
            prices.holidays().forEach(day -> in.insertInto(CRM_PRICE_HOLIDAYS).set(CRM_PRICE_HOLIDAYS.DAY, day).execute());
        });
    }
}
