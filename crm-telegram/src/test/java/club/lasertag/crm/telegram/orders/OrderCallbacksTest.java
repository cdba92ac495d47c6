package club.lasertag.crm.telegram.orders;

import club.lasertag.crm.domain.client.ClientId;
import club.lasertag.crm.domain.order.OrderId;
import club.lasertag.crm.domain.order.OrderStatus;
import club.lasertag.crm.domain.staff.Permission;
import club.lasertag.crm.telegram.chat.Button;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OrderCallbacksTest {

    private static final OrderCallbacks CODEC = OrderCallbacks.CODEC;

    @Test
    void everyActionComesBackAsItWentWithinTheLimit() {
        OrderId order = new OrderId(999_999_999_999_999_999L);
        ClientId client = new ClientId(999_999_999_999_999_999L);
        List<OrderAction> actions = new ArrayList<>(List.of(new OrderAction.Book(client), new OrderAction.Card(order),
                new OrderAction.History(client, 999_999), new OrderAction.Edit(order), new OrderAction.Move(order),
                new OrderAction.SetStatus(order, OrderStatus.NO_SHOW), new OrderAction.Cancel(order, false),
                new OrderAction.Cancel(order, true), new OrderAction.Nothing(), new OrderAction.SkipComment(),
                new OrderAction.DateMonth(YearMonth.of(2030, 12)), new OrderAction.ChooseField(),
                new OrderAction.ToSummary(), new OrderAction.Confirm(), new OrderAction.CancelDialog(),
                new OrderAction.FreeStart(LocalDate.of(2030, 6, 15), LocalTime.of(23, 30)),
                new OrderAction.Answer(Step.CLIENT, "999999999999999999")));
        for (Step step : Step.values()) {
            actions.add(new OrderAction.Field(step));
        }
        for (OrderAction action : actions) {
            String data = CODEC.encode(action);
            assertThat(data.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(Button.MAX_DATA_BYTES);
            assertThat(CODEC.decode(data)).as(data).contains(action);
        }
        assertThat(OrderLinks.card("x", new OrderId(123)).data()).isEqualTo("or:card:123");
        assertThat(OrderLinks.history("x", new ClientId(5)).data()).isEqualTo("or:hist:5:0");
    }

    @Test
    void cardsAreForEveryoneWhoSeesTheCalendarHistoriesForClientManagersTheRestForOrderManagers() {
        assertThat(OrderLinks.card("x", new OrderId(1)).permission()).contains(Permission.VIEW_SCHEDULE);
        assertThat(OrderLinks.history("x", new ClientId(1)).permission()).contains(Permission.MANAGE_CLIENTS);
        assertThat(OrderLinks.book("x", new ClientId(1)).permission()).contains(Permission.MANAGE_ORDERS);
        assertThat(new OrderAction.Confirm().permission()).isEqualTo(Permission.MANAGE_ORDERS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"or", "or:", "or:card", "or:card:abc", "or:st:1", "or:st:1:cancelled", "or:st:1:nonsense",
            "or:a:nonsense:1", "or:a:date", "or:f:nonsense", "or:dm:2030-13", "or:at:2030-06-15", "or:at:2030-06-15:2561",
            "or:at:x:1500", "or:zzz", "cl:card:1"})
    void forgedDataIsNotUnderstoodAndNeverThrows(String data) {
        assertThat(CODEC.decode(data)).isEmpty();
    }
}
