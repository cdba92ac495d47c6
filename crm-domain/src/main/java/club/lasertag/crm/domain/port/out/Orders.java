package club.lasertag.crm.domain.port.out;

import club.lasertag.crm.domain.client.ClientId;
import club.lasertag.crm.domain.common.Page;
import club.lasertag.crm.domain.order.BookingPolicy;
import club.lasertag.crm.domain.order.Order;
import club.lasertag.crm.domain.order.OrderId;
import club.lasertag.crm.domain.order.Refusal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Outgoing port: where orders are kept. */
public interface Orders {

    Optional<Order> byId(OrderId id);

    /** Orders that occupy slots (not cancelled) and whose visit overlaps {@code [from, to)}, by start. */
    List<Order> occupyingBetween(Instant from, Instant to);

    /** The starts of the orders that occupy slots and start in {@code [from, to)}: enough for a month's overview. */
    List<Instant> startsBetween(Instant from, Instant to);


    /** Every order starting in {@code [from, to)}, whatever its status (cancelled too), by start. */
    List<Order> startingBetween(Instant from, Instant to);

    /** Every order of a client, whatever its status, the latest start first. */
    List<Order> ofClient(ClientId clientId, Page page);

    /** Orders of a client that occupy slots and start at or after {@code from}, by start. */
    List<Order> upcomingOfClient(ClientId clientId, Instant from);

    /**
     * Saves the order (inserts it without an id, else updates it) only if {@code policy} allows it among the
     * live orders around it, race-safe.
     *
     * <p>The contract every implementation honours: the orders given to the policy are all the orders that
     * occupy slots, other than the candidate itself, whose visit overlaps the candidate's visit, as committed;
     * and no other save can commit a conflicting order between that read and this write. A database may get
     * there with one serialised write transaction, or with a constraint that rejects the later of two
     * conflicting writes followed by a retry of the check. A conflict is always reported as the policy's
     * {@link Refusal}, never as an exception.
     */
    SaveAttempt saveIfAllowed(Order candidate, BookingPolicy policy);

    /** Saves a change that takes no new slot, such as a status change, without a check. */
    Order update(Order order);

    /** The result of {@link #saveIfAllowed}. */
    sealed interface SaveAttempt {

        /** The order as saved, with its id. */
        record Saved(Order order) implements SaveAttempt {
        }

        record Refused(Refusal refusal) implements SaveAttempt {
        }
    }
}
