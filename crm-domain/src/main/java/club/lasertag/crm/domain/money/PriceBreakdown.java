package club.lasertag.crm.domain.money;

import java.util.Objects;

/** How an order's price was made: the game hours, the rest-room hours, the game type's extra, the gifts. */
public record PriceBreakdown(Money game, Money rest, Money extra, Money gifts) {

    public static final PriceBreakdown NONE = new PriceBreakdown(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);

    public PriceBreakdown {
        Objects.requireNonNull(game, "game");
        Objects.requireNonNull(rest, "rest");
        Objects.requireNonNull(extra, "extra");
        Objects.requireNonNull(gifts, "gifts");
    }

    public Money total() {
        return game.plus(rest).plus(extra).plus(gifts);
    }
}
