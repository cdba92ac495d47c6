package club.lasertag.crm.domain.staff;

/**
 * Who a staff member is, as the adapter that lets them in identifies them (a chat user id, for instance): the one
 * thing an actor is known by in every use case.
 */
public record StaffId(long value) {

    public StaffId {
        if (value <= 0) {
            throw new IllegalArgumentException("staff id must be positive: " + value);
        }
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
