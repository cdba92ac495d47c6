package club.lasertag.crm.domain.money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An exact amount of the club's one currency, in its minor units (kopecks for roubles). Never negative: a refund
 * is a kind of payment, not a negative amount. Sums are checked for overflow.
 */
public record Money(long minorUnits) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);

    public Money {
        if (minorUnits < 0) {
            throw new IllegalArgumentException("money is never negative: " + minorUnits);
        }
    }

    public static Money ofMinor(long minorUnits) {
        return new Money(minorUnits);
    }

    /** Whole major units (roubles), for tests and examples. */
    public static Money of(long majorUnits) {
        return new Money(Math.multiplyExact(majorUnits, 100));
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(minorUnits, other.minorUnits));
    }

    /** This less {@code other}, never below zero. */
    public Money minusAtMostToZero(Money other) {
        return new Money(Math.max(0, minorUnits - other.minorUnits));
    }

    public Money times(long factor) {
        return new Money(Math.multiplyExact(minorUnits, factor));
    }

    /** This times {@code numerator / denominator}, rounded half up to a minor unit (an hourly rate for minutes). */
    public Money timesFraction(long numerator, long denominator) {
        BigDecimal exact = BigDecimal.valueOf(minorUnits).multiply(BigDecimal.valueOf(numerator))
                .divide(BigDecimal.valueOf(denominator), 0, RoundingMode.HALF_UP);
        return new Money(exact.longValueExact());
    }

    public boolean isZero() {
        return minorUnits == 0;
    }

    public boolean isGreaterThan(Money other) {
        return minorUnits > other.minorUnits;
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(minorUnits, other.minorUnits);
    }

    @Override
    public String toString() {
        return BigDecimal.valueOf(minorUnits, 2).toPlainString();
    }
}
