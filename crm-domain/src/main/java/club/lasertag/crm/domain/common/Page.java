package club.lasertag.crm.domain.common;

/** Which slice of a long list to return. */
public record Page(int offset, int limit) {

    public static final int MAX_LIMIT = 100;

    public Page {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative: " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ": " + limit);
        }
    }

    public static Page first(int limit) {
        return new Page(0, limit);
    }

    public Page next() {
        return new Page(offset + limit, limit);
    }
}
