package club.lasertag.crm.domain.order;

/** An order's id: {@code crm_orders.uid}. */
public record OrderId(long value) {

    public OrderId {
        if (value <= 0) {
            throw new IllegalArgumentException("order id must be positive: " + value);
        }
    }
}
