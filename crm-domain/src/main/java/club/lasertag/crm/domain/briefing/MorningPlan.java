package club.lasertag.crm.domain.briefing;

import club.lasertag.crm.domain.order.Gift;
import club.lasertag.crm.domain.order.Polygon;
import club.lasertag.crm.domain.order.RestRoom;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The day's plan for the staff: the live games in time order, per field and per rest room, and the gifts to
 * prepare (one per player of each game that takes a gift).
 */
public record MorningPlan(LocalDate day, List<PlannedGame> games) {

    public MorningPlan {
        games = games.stream().sorted(Comparator.comparing(PlannedGame::start)).toList();
    }

    /** The games on each field, by start; every field is present. */
    public Map<Polygon, List<PlannedGame>> byPolygon() {
        var result = new EnumMap<Polygon, List<PlannedGame>>(Polygon.class);
        for (Polygon polygon : Polygon.values()) {
            result.put(polygon, games.stream().filter(game -> game.polygon() == polygon).toList());
        }
        return result;
    }

    /** The groups in each rest room, by start; rooms nobody takes are left out. */
    public Map<RestRoom, List<PlannedGame>> byRestRoom() {
        var result = new EnumMap<RestRoom, List<PlannedGame>>(RestRoom.class);
        for (PlannedGame game : games) {
            if (game.restRoom() != RestRoom.NONE) {
                result.computeIfAbsent(game.restRoom(), room -> new java.util.ArrayList<>()).add(game);
            }
        }
        result.replaceAll((room, list) -> List.copyOf(list));
        return result;
    }

    /** How many of each gift to prepare, in the gifts' order; games without gifts add nothing. */
    public Map<Gift, Integer> giftsToPrepare() {
        var result = new EnumMap<Gift, Integer>(Gift.class);
        for (PlannedGame game : games) {
            if (game.gift() != Gift.WITHOUT) {
                result.merge(game.gift(), game.players(), Integer::sum);
            }
        }
        return result;
    }

    public int players() {
        return games.stream().mapToInt(PlannedGame::players).sum();
    }
}
