package club.lasertag.crm.domain.common;

import java.util.List;
import java.util.Objects;

/**
 * Input that breaks a rule of its field: the field, the problem and the values a message needs
 * (a limit, the offending text). Adapters turn it into a message in the user's language.
 */
public final class InvalidInput extends RuntimeException {

    /** What is wrong with a field's value. */
    public enum Problem {
        REQUIRED,
        TOO_LONG,
        CONTROL_CHARACTERS,
        NOT_A_PHONE,
        NOT_A_NUMBER,
        OUT_OF_RANGE,
        NOT_POSITIVE,
        UNKNOWN_VALUE,
        NO_SUCH_DATE,
        BAD_DATE,
        BAD_TIME,
        IN_THE_PAST
    }

    private final String field;
    private final Problem problem;
    private final List<Object> details;

    public InvalidInput(String field, Problem problem, Object... details) {
        super(describe(field, problem, details), null, false, false);
        this.field = Objects.requireNonNull(field);
        this.problem = Objects.requireNonNull(problem);
        this.details = List.of(details);
    }

    public String field() {
        return field;
    }

    public Problem problem() {
        return problem;
    }

    /** Values for the message: a limit, an allowed range or the offending text, by problem. */
    public List<Object> details() {
        return details;
    }

    private static String describe(String field, Problem problem, Object... details) {
        String detail = details.length == 0 ? "" : " " + List.of(details);
        return field + ": " + problem.name().toLowerCase().replace('_', ' ') + detail;
    }
}
