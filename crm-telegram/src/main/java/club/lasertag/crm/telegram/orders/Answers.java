package club.lasertag.crm.telegram.orders;

import club.lasertag.crm.telegram.chat.Labels;
import club.lasertag.crm.domain.common.InvalidInput;
import club.lasertag.crm.chat.input.DayExpression;
import club.lasertag.crm.chat.input.TypedInput;
import club.lasertag.crm.domain.order.GameSetup;
import club.lasertag.crm.domain.order.GameType;
import club.lasertag.crm.domain.order.Gift;
import club.lasertag.crm.domain.order.Order;
import club.lasertag.crm.domain.order.Polygon;
import club.lasertag.crm.domain.order.RestRoom;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads an answer to a question, typed or sent by a button, into the form the draft keeps; refuses with the
 * domain's {@link InvalidInput}. Choices are taken by code (buttons) or by their name as shown (typed).
 */
final class Answers {

    private static final int MAX_MINUTES = (int) GameSetup.MAX_DURATION.toMinutes();

    private Answers() {
    }

    static String read(Step step, String raw, Labels labels, LocalDate today) {
        switch (step) {
            case DATE:
                return futureDate(raw, today).toString();
            case START:
                return TypedInput.time(step.field(), raw).toString();
            case GAME:
            case REST:
                return String.valueOf(TypedInput.minutes(step.field(), raw, MAX_MINUTES).toMinutes());
            case PLAYERS:
                return String.valueOf(TypedInput.number(step.field(), raw, 1, GameSetup.MAX_PLAYERS));
            case POLYGON:
                return choice(step, raw, List.of(Polygon.values()), Polygon::code, labels::polygon);
            case ROOM:
                return choice(step, raw, List.of(RestRoom.values()), room -> String.valueOf(room.number()), labels::room);
            case TYPE:
                return choice(step, raw, List.of(GameType.values()), GameType::code, labels::gameType);
            case GIFT:
                return choice(step, raw, List.of(Gift.values()), Gift::code, labels::gift);
            case COMMENT:
                return Order.validComment(raw);
            default:
                throw new IllegalArgumentException("no typed answer to " + step);
        }
    }

    /**
     * The start typed with the date ("завтра 15:00", "fri 14:30"), if any; call it after {@link #read} accepted
     * the date.
     */
    static Optional<LocalTime> startTypedWithDate(String raw, LocalDate today) {
        return DayExpression.read(Step.DATE.field(), raw, today).time();
    }

    private static LocalDate futureDate(String raw, LocalDate today) {
        LocalDate date = DayExpression.read(Step.DATE.field(), raw, today).date();
        if (date.isBefore(today)) {
            throw new InvalidInput(Step.DATE.field(), InvalidInput.Problem.IN_THE_PAST);
        }
        return date;
    }

    private static <T> String choice(Step step, String raw, List<T> options, Function<T, String> code,
            Function<T, String> label) {
        String wanted = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        for (T option : options) {
            if (code.apply(option).equals(wanted) || label.apply(option).toLowerCase(Locale.ROOT).equals(wanted)) {
                return code.apply(option);
            }
        }
        throw new InvalidInput(step.field(), InvalidInput.Problem.UNKNOWN_VALUE, raw == null ? "" : raw.strip(),
                String.join(", ", options.stream().map(label).toList()));
    }
}
