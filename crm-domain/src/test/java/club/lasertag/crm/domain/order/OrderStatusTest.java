package club.lasertag.crm.domain.order;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.EnumSet;

import static club.lasertag.crm.domain.order.OrderStatus.CANCELLED;
import static club.lasertag.crm.domain.order.OrderStatus.COMPLETED;
import static club.lasertag.crm.domain.order.OrderStatus.CONFIRMED;
import static club.lasertag.crm.domain.order.OrderStatus.NEW;
import static club.lasertag.crm.domain.order.OrderStatus.NO_SHOW;
import static org.assertj.core.api.Assertions.assertThat;

class OrderStatusTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "NEW, CONFIRMED", "NEW, COMPLETED", "NEW, NO_SHOW", "NEW, CANCELLED",
            "CONFIRMED, COMPLETED", "CONFIRMED, NO_SHOW", "CONFIRMED, CANCELLED"})
    void allowedChanges(OrderStatus from, OrderStatus to) {
        assertThat(from.canBecome(to)).isTrue();
    }

    @Test
    void exactlyTheseChangesAreAllowed() {
        assertThat(NEW.next()).containsExactlyInAnyOrder(CONFIRMED, COMPLETED, NO_SHOW, CANCELLED);
        assertThat(CONFIRMED.next()).containsExactlyInAnyOrder(COMPLETED, NO_SHOW, CANCELLED);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"CONFIRMED, NEW", "NEW, NEW", "CONFIRMED, CONFIRMED"})
    void disallowedChanges(OrderStatus from, OrderStatus to) {
        assertThat(from.canBecome(to)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(names = {"COMPLETED", "NO_SHOW", "CANCELLED"})
    void finalStatesChangeToNothing(OrderStatus status) {
        assertThat(status.next()).isEmpty();
        assertThat(EnumSet.allOf(OrderStatus.class)).noneMatch(status::canBecome);
        assertThat(status.isOpen()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(names = {"NEW", "CONFIRMED"})
    void openStates(OrderStatus status) {
        assertThat(status.isOpen()).isTrue();
    }

    @Test
    void onlyCancelledOrdersOccupyNothing() {
        assertThat(EnumSet.allOf(OrderStatus.class)).filteredOn(OrderStatus::occupiesSlots)
                .containsExactlyInAnyOrder(NEW, CONFIRMED, COMPLETED, NO_SHOW);
    }
}
