package club.lasertag.crm.domain.port.in;

import club.lasertag.crm.domain.order.OrderId;
import club.lasertag.crm.domain.staff.StaffId;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Use case: move an order to another date and start, keeping everything else. Requires
 * {@link club.lasertag.crm.domain.staff.Permission#MANAGE_ORDERS}.
 */
public interface RescheduleOrder {

    BookingOutcome reschedule(OrderId id, LocalDate date, LocalTime start, StaffId by);
}
