package club.lasertag.crm.domain.port.in;

import club.lasertag.crm.domain.common.Actor;

/** Use case: book a game for a client. */
public interface BookOrder {

    BookingOutcome book(BookingRequest request, Actor by);
}
