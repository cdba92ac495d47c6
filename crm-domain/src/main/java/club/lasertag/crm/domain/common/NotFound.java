package club.lasertag.crm.domain.common;

/** A client or order that does not exist (any more): a stale button, a deleted record. */
public final class NotFound extends RuntimeException {

    private final String kind;
    private final long id;

    public NotFound(String kind, long id) {
        super(kind + " " + id + " not found", null, false, false);
        this.kind = kind;
        this.id = id;
    }

    /** "client" or "order". */
    public String kind() {
        return kind;
    }

    public long id() {
        return id;
    }
}
