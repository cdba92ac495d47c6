package club.lasertag.crm.domain.port.in;

import club.lasertag.crm.domain.order.GameSetup;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** Use case: the start times of a day at which a game of this setup would be accepted. */
public interface FindFreeStarts {

    List<LocalTime> freeStarts(LocalDate day, GameSetup setup);
}
