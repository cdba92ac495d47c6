package club.lasertag.crm.domain.order;

import club.lasertag.crm.domain.client.ClientId;
import club.lasertag.crm.domain.common.Text;
import club.lasertag.crm.domain.staff.StaffId;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A booked game. The id is empty until the order is saved; the client is empty once the client was deleted.
 */
public record Order(
        Optional<OrderId> id,
        Optional<ClientId> clientId,
        Slot slot,
        int players,
        GameType gameType,
        Gift gift,
        OrderStatus status,
        String comment,
        Audit audit) {

    public static final int COMMENT_MAX = 500;

    public Order {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(gameType, "gameType");
        Objects.requireNonNull(gift, "gift");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(audit, "audit");
        if (players < 1) {
            throw new IllegalArgumentException("players must be at least 1: " + players);
        }
        comment = validComment(comment);
    }

    /** The id of a saved order. */
    public OrderId requireId() {
        return id.orElseThrow(() -> new IllegalStateException("order is not saved yet"));
    }

    /** The statuses this order may change to at {@code now}: how the game went is known once it has started. */
    public Set<OrderStatus> nextStatuses(Instant now) {
        Set<OrderStatus> next = EnumSet.noneOf(OrderStatus.class);
        next.addAll(status.next());
        if (now.isBefore(slot.start())) {
            next.removeIf(OrderStatus::isOutcomeOfTheGame);
        }
        return next;
    }

    public boolean occupiesSlots() {
        return status.occupiesSlots();
    }

    /**
     * The rule for a comment, for forms that ask for it on its own: a note of several lines allowed, at most
     * {@link #COMMENT_MAX}. Returns it normalised or throws InvalidInput naming "comment".
     */
    public static String validComment(String typed) {
        return Text.note("comment", typed, COMMENT_MAX);
    }

    /** Whether this is the same saved order as {@code other}. */
    public boolean isSameAs(Order other) {
        return id.isPresent() && id.equals(other.id);
    }

    public Order withId(OrderId newId) {
        return new Order(Optional.of(newId), clientId, slot, players, gameType, gift, status, comment, audit);
    }

    public Order withoutClient() {
        return new Order(id, Optional.empty(), slot, players, gameType, gift, status, comment, audit);
    }

    public Order withSlot(Slot newSlot, StaffId by, Instant at) {
        return new Order(id, clientId, newSlot, players, gameType, gift, status, comment, audit.changed(by, at));
    }

    public Order withStatus(OrderStatus newStatus, StaffId by, Instant at) {
        return new Order(id, clientId, slot, players, gameType, gift, newStatus, comment, audit.changed(by, at));
    }
}
