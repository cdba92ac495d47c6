package club.lasertag.crm.domain.order;

import club.lasertag.crm.domain.staff.StaffId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Who created an order and when, who changed it last and when. Who is empty for orders recorded before the CRM
 * knew its staff (orders taken over from an older system).
 */
public record Audit(Optional<StaffId> createdBy, Instant createdAt, Optional<StaffId> updatedBy, Instant updatedAt) {

    public Audit {
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedBy, "updatedBy");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public Audit(StaffId createdBy, Instant createdAt, StaffId updatedBy, Instant updatedAt) {
        this(Optional.of(createdBy), createdAt, Optional.of(updatedBy), updatedAt);
    }

    public static Audit created(StaffId by, Instant at) {
        return new Audit(by, at, by, at);
    }

    public Audit changed(StaffId by, Instant at) {
        return new Audit(createdBy, createdAt, Optional.of(by), at);
    }
}
