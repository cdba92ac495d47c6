package club.lasertag.crm.domain.money;

import club.lasertag.crm.domain.common.InvalidInput;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Currency;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The club's prices, in its one currency: an amount per {@link PriceItem} (an item not set costs nothing, an
 * optional one falls back to its weekday item), and the holidays priced as weekends.
 */
public record PriceList(Currency currency, Map<PriceItem, Money> prices, Set<LocalDate> holidays) {

    /** The club's currency unless configured otherwise. */
    public static final Currency DEFAULT_CURRENCY = Currency.getInstance("RUB");
    /** No line of the price list is dearer: a bound for typing errors (1,000,000.00). */
    public static final Money MAX_PRICE = Money.of(1_000_000);

    public PriceList {
        Objects.requireNonNull(currency, "currency");
        prices = prices.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(prices));
        prices.forEach((item, amount) -> requireWithinBound(amount));
        holidays = Set.copyOf(holidays);
    }

    public static PriceList empty() {
        return new PriceList(DEFAULT_CURRENCY, Map.of(), Set.of());
    }

    /** The price of an item as set, if it is. */
    public Optional<Money> price(PriceItem item) {
        return Optional.ofNullable(prices.get(item));
    }

    /** What the item costs: as set; an optional item not set costs what its weekday item does; else nothing. */
    public Money effective(PriceItem item) {
        Money set = prices.get(item);
        if (set != null) {
            return set;
        }
        if (item.isOptional()) {
            return effective(PriceItem.valueOf(item.name().replace("_WEEKEND", "")));
        }
        return Money.ZERO;
    }

    /** Saturdays, Sundays and the listed holidays. */
    public boolean isWeekendOrHoliday(LocalDate day) {
        DayOfWeek dayOfWeek = day.getDayOfWeek();
        return dayOfWeek == DayOfWeek.SATURDAY || dayOfWeek == DayOfWeek.SUNDAY || holidays.contains(day);
    }

    /** This list with one item set, or cleared when {@code amount} is empty. */
    public PriceList with(PriceItem item, Optional<Money> amount) {
        Map<PriceItem, Money> changed = new EnumMap<>(PriceItem.class);
        changed.putAll(prices);
        amount.ifPresentOrElse(value -> changed.put(item, value), () -> changed.remove(item));
        return new PriceList(currency, changed, holidays);
    }

    public PriceList withHoliday(LocalDate day, boolean holiday) {
        Set<LocalDate> changed = new TreeSet<>(holidays);
        if (holiday) {
            changed.add(day);
        } else {
            changed.remove(day);
        }
        return new PriceList(currency, prices, changed);
    }

    /** The rule for a price typed for a line of the list. */
    public static Money requireWithinBound(Money amount) {
        Objects.requireNonNull(amount, "amount");
        if (amount.isGreaterThan(MAX_PRICE)) {
            throw new InvalidInput("price", InvalidInput.Problem.OUT_OF_RANGE, amount, Money.ZERO, MAX_PRICE);
        }
        return amount;
    }
}
