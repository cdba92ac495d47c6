package club.lasertag.crm.domain.client;

/** A client's id: {@code crm_clients.uid}. */
public record ClientId(long value) {

    public ClientId {
        if (value <= 0) {
            throw new IllegalArgumentException("client id must be positive: " + value);
        }
    }
}
