package club.lasertag.crm.domain.order;

import club.lasertag.crm.domain.common.InvalidInput;
import club.lasertag.crm.domain.staff.StaffId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static club.lasertag.crm.domain.testing.OrderBuilder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrderTest {

    @Test
    void atLeastOnePlayer() {
        assertThatThrownBy(() -> anOrder().players(0).build()).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCommentIsCheckedText() {
        assertThat(anOrder().comment("  торт  ").build().comment()).isEqualTo("торт");
        assertThatThrownBy(() -> anOrder().comment("x".repeat(Order.COMMENT_MAX + 1)).build())
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("comment"));
    }

    @Test
    void howTheGameWentCanBeSaidOnlyOnceItHasStarted() {
        Order order = anOrder().start("2030-06-15T12:00:00Z").status(OrderStatus.CONFIRMED).build();

        assertThat(order.nextStatuses(Instant.parse("2030-06-15T11:59:59Z"))).containsExactly(OrderStatus.CANCELLED);
        assertThat(order.nextStatuses(Instant.parse("2030-06-15T12:00:00Z")))
                .containsExactlyInAnyOrder(OrderStatus.COMPLETED, OrderStatus.NO_SHOW, OrderStatus.CANCELLED);
    }

    @Test
    void onlySavedOrdersAreTheSame() {
        assertThat(anOrder().id(1).build().isSameAs(anOrder().id(1).start("2031-01-01T12:00:00Z").build())).isTrue();
        assertThat(anOrder().id(1).build().isSameAs(anOrder().id(2).build())).isFalse();
        assertThat(anOrder().build().isSameAs(anOrder().build())).isFalse();
    }

    @Test
    void anUnsavedOrderHasNoId() {
        assertThatThrownBy(() -> anOrder().build().requireId()).isInstanceOf(IllegalStateException.class);
        assertThat(anOrder().id(7).build().requireId()).isEqualTo(new OrderId(7));
    }

    @Test
    void changesAreAudited() {
        StaffId other = new StaffId(2002);
        Instant at = Instant.parse("2030-06-10T08:00:00Z");
        Order order = anOrder().build();

        Order cancelled = order.withStatus(OrderStatus.CANCELLED, other, at);

        assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(cancelled.occupiesSlots()).isFalse();
        assertThat(cancelled.audit()).isEqualTo(new Audit(order.audit().createdBy(), order.audit().createdAt(), Optional.of(other), at));
    }

    @Test
    void withoutClient() {
        assertThat(anOrder().build().withoutClient().clientId()).isEmpty();
    }
}
