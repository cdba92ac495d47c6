package club.lasertag.crm.persistence;

import static club.lasertag.crm.domain.testing.ClientProfileBuilder.aClient;
import static club.lasertag.crm.domain.testing.OrderBuilder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

import club.lasertag.crm.domain.client.Client;
import club.lasertag.crm.domain.order.Order;
import club.lasertag.crm.domain.order.OrderStatus;
import club.lasertag.crm.domain.order.Polygon;
import club.lasertag.crm.domain.port.out.Clients;
import club.lasertag.crm.domain.port.out.ExportSource;
import club.lasertag.crm.domain.port.out.ExportSource.OrderRow;
import club.lasertag.crm.domain.port.out.Orders;
import club.lasertag.crm.domain.port.out.Orders.SaveAttempt;
import club.lasertag.crm.domain.testing.OrderBuilder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link ExportSource} does: SQLite and PostgreSQL alike (rows streamed by a cursor). */
abstract class ExportSourceContract {

    abstract ExportSource source();

    abstract Clients clients();

    abstract Orders orders();

    private Order saved(OrderBuilder order) {
        return ((SaveAttempt.Saved) orders().saveIfAllowed(order.build(), (candidate, neighbours) -> Optional.empty())).order();
    }

    private static Instant at(String hhmm) {
        return Instant.parse("2030-06-15T" + hhmm + ":00Z");
    }

    @Test
    void everyClientById() {
        List<Client> added = new ArrayList<>();
        for (int i = 0; i < 2_500; i++) { // more than one fetch of the cursor
            added.add(clients().add(aClient().surname("Клиент " + i).phone("+7999" + String.format("%07d", i)).build()));
        }
        List<Client> rows = new ArrayList<>();

        source().eachClient(rows::add);

        assertThat(rows).containsExactlyElementsOf(added);
    }

    @Test
    void ordersOfTheWindowWithTheirClientsCancelledAndClientlessOnesToo() {
        Client anna = clients().add(aClient().surname("Анна").phone("+79990000001").build());
        Client gone = clients().add(aClient().surname("Ушедший").phone("+79990000002").build());
        Order annas = saved(anOrder().client(anna.id()).start(at("10:00")));
        Order cancelled = saved(anOrder().client(anna.id()).start(at("12:00")).status(OrderStatus.CANCELLED));
        Order orphan = saved(anOrder().client(gone.id()).start(at("14:00")).polygon(Polygon.PARK).noRestRoom());
        saved(anOrder().client(anna.id()).start(at("18:00")).polygon(Polygon.FOREST).noRestRoom()); // after the window
        clients().delete(gone.id());
        List<OrderRow> rows = new ArrayList<>();

        source().eachOrder(at("10:00"), at("18:00"), rows::add);

        assertThat(rows).extracting(row -> row.order().requireId())
                .containsExactly(annas.requireId(), cancelled.requireId(), orphan.requireId());
        assertThat(rows.get(0).order()).isEqualTo(annas);
        assertThat(rows.get(0).client()).contains(anna);
        assertThat(rows.get(2).client()).isEmpty();
    }
}
