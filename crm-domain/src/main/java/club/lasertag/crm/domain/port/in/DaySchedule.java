package club.lasertag.crm.domain.port.in;

import club.lasertag.crm.domain.order.Polygon;
import club.lasertag.crm.domain.order.RestRoom;
import club.lasertag.crm.domain.staff.StaffId;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Use case: a day's live orders by start time (and its cancelled ones, apart), per polygon and per rest room. Requires
 * {@link club.lasertag.crm.domain.staff.Permission#VIEW_SCHEDULE}.
 */
public interface DaySchedule {

    DayPlan day(LocalDate day, StaffId by);

    /**
     * @param games     the day's live orders by start
     * @param cancelled the day's cancelled orders by start: shown, struck through, never occupying anything
     */
    record DayPlan(LocalDate day, List<ScheduledGame> games, List<ScheduledGame> cancelled) {

        public DayPlan {
            games = List.copyOf(games);
            cancelled = List.copyOf(cancelled);
        }

        public DayPlan(LocalDate day, List<ScheduledGame> games) {
            this(day, games, List.of());
        }

        /** Live and cancelled orders together, by start (a cancelled one after a live one at the same start). */
        public List<ScheduledGame> everything() {
            List<ScheduledGame> all = new java.util.ArrayList<>(games);
            all.addAll(cancelled);
            all.sort(java.util.Comparator.comparing(ScheduledGame::start)
                    .thenComparing(game -> game.order().status() == club.lasertag.crm.domain.order.OrderStatus.CANCELLED));
            return all;
        }

        /** The games on each polygon, by start; every polygon is present. */
        public Map<Polygon, List<ScheduledGame>> byPolygon() {
            var result = new java.util.EnumMap<Polygon, List<ScheduledGame>>(Polygon.class);
            for (Polygon polygon : Polygon.values()) {
                result.put(polygon, games.stream().filter(game -> game.order().slot().polygon() == polygon).toList());
            }
            return result;
        }

        /** The groups in each rest room, by start; both rooms are present. */
        public Map<RestRoom, List<ScheduledGame>> byRestRoom() {
            var result = new java.util.EnumMap<RestRoom, List<ScheduledGame>>(RestRoom.class);
            for (RestRoom room : List.of(RestRoom.ROOM_1, RestRoom.ROOM_2)) {
                result.put(room, games.stream().filter(game -> game.order().slot().restRoom() == room).toList());
            }
            return result;
        }
    }
}
