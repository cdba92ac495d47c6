package club.lasertag.crm.domain.order;

import club.lasertag.crm.domain.common.Actor;

import java.time.Instant;

/** Who created an order and when, who changed it last and when. */
public record Audit(Actor createdBy, Instant createdAt, Actor updatedBy, Instant updatedAt) {

    public static Audit created(Actor by, Instant at) {
        return new Audit(by, at, by, at);
    }

    public Audit changed(Actor by, Instant at) {
        return new Audit(createdBy, createdAt, by, at);
    }
}
