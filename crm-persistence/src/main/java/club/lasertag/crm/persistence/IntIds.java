package club.lasertag.crm.persistence;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Conditions on the seed's {@code int} id columns for the domain's {@code long} ids. An id beyond {@code int} is
 * nobody's (a forged button can carry one): it matches no row, rather than failing to narrow.
 */
final class IntIds {

    private IntIds() {
    }

    static Condition is(Field<Integer> column, long id) {
        return fits(id) ? column.eq((int) id) : DSL.falseCondition();
    }

    static Condition isNot(Field<Integer> column, long id) {
        return fits(id) ? column.ne((int) id) : DSL.trueCondition();
    }

    private static boolean fits(long id) {
        return id >= Integer.MIN_VALUE && id <= Integer.MAX_VALUE;
    }
}
