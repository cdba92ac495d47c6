package club.lasertag.crm.domain.port.in;

import club.lasertag.crm.domain.client.Client;
import club.lasertag.crm.domain.order.Order;

import java.time.LocalDateTime;
import java.util.Optional;

/** An order as the calendar shows it: with its client and its times in the club's time zone. */
public record ScheduledGame(Order order, Optional<Client> client, LocalDateTime start, LocalDateTime gameEnd, LocalDateTime end) {
}
