package club.lasertag.crm.domain.order;

import java.util.List;
import java.util.Optional;

/**
 * One booking rule. Given the order to save and the live orders around it (other than itself), says why it
 * may not be saved, or nothing.
 */
@FunctionalInterface
public interface BookingPolicy {

    Optional<Refusal> check(Order candidate, List<Order> neighbours);
}
