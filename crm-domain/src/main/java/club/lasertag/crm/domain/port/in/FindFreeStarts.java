package club.lasertag.crm.domain.port.in;

import club.lasertag.crm.domain.order.GameSetup;
import club.lasertag.crm.domain.order.OrderId;
import club.lasertag.crm.domain.staff.StaffId;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * Use case: the start times of a day at which a game of this setup would be accepted. Requires
 * {@link club.lasertag.crm.domain.staff.Permission#MANAGE_ORDERS}.
 */
public interface FindFreeStarts {

    List<LocalTime> freeStarts(LocalDate day, GameSetup setup, StaffId by);

    /**
     * As {@link #freeStarts(LocalDate, GameSetup, StaffId)} for an order being moved or edited: its own slot does
     * not count as taken. Throws {@link club.lasertag.crm.domain.common.NotFound} for an unknown id.
     */
    List<LocalTime> freeStarts(LocalDate day, GameSetup setup, OrderId movedOrder, StaffId by);
}
