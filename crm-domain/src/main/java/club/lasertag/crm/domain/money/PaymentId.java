package club.lasertag.crm.domain.money;

public record PaymentId(long value) {

    public PaymentId {
        if (value <= 0) {
            throw new IllegalArgumentException("payment id must be positive: " + value);
        }
    }
}
