package club.lasertag.crm.domain.port.in;

import club.lasertag.crm.domain.client.Client;
import club.lasertag.crm.domain.export.ExportPeriod;
import club.lasertag.crm.domain.order.Order;
import club.lasertag.crm.domain.staff.StaffId;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Use case: the club's data for a spreadsheet, one row at a time. Requires
 * {@link club.lasertag.crm.domain.staff.Permission#EXPORT_DATA} (admins and managers).
 */
public interface ExportData {

    /** Every client, by id. */
    void clients(StaffId by, Consumer<Client> each);

    /** Every order starting on the period's days (cancelled ones too), by start; times in the club's zone. */
    void orders(ExportPeriod period, StaffId by, Consumer<ExportedOrder> each);

    /** An order with its client (empty once the client was deleted) and its start in the club's zone. */
    record ExportedOrder(Order order, Optional<Client> client, LocalDateTime start) {

        public ExportedOrder {
            Objects.requireNonNull(order, "order");
            Objects.requireNonNull(client, "client");
        }
    }
}
