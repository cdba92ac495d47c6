package club.lasertag.crm.domain.port.in;

import club.lasertag.crm.domain.common.Actor;
import club.lasertag.crm.domain.order.OrderId;

import java.time.LocalDate;
import java.time.LocalTime;

/** Use case: move an order to another date and start, keeping everything else. */
public interface RescheduleOrder {

    BookingOutcome reschedule(OrderId id, LocalDate date, LocalTime start, Actor by);
}
