package club.lasertag.crm.domain.port.in;

import club.lasertag.crm.domain.staff.StaffId;

/** Use case: book a game for a client. Requires {@link club.lasertag.crm.domain.staff.Permission#MANAGE_ORDERS}. */
public interface BookOrder {

    BookingOutcome book(BookingRequest request, StaffId by);
}
