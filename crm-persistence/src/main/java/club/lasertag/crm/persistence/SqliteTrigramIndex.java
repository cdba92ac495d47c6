package club.lasertag.crm.persistence;

import static club.lasertag.crm.persistence.jooq.Tables.CRM_CLIENTS;

import java.util.List;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * SQLite's FTS5 trigram index of the clients ({@code crm_clients_search}, migration V2): {@code GLOB '*fragment*'}
 * on it finds the candidates by index for fragments of at least 3 characters; shorter fragments, and fragments
 * with GLOB's own special characters, are left to the LIKE conditions alone.
 */
final class SqliteTrigramIndex implements FragmentIndex {

    static final int MIN_FRAGMENT = 3;

    private static final Table<?> SEARCH = DSL.table(DSL.name("crm_clients_search"));
    private static final Field<Integer> ROWID = DSL.field(DSL.name("rowid"), Integer.class);
    private static final Field<String> SEARCH_TEXT = DSL.field(DSL.name("search_text"), String.class);
    private static final Field<String> PHONE = DSL.field(DSL.name("phone"), String.class);
    private static final Field<String> SECONDPHONE = DSL.field(DSL.name("secondphone"), String.class);

    @Override
    public Condition searchTextContaining(List<String> words) {
        List<Condition> globs = words.stream().filter(SqliteTrigramIndex::indexable).map(word -> glob(SEARCH_TEXT, word)).toList();
        return globs.isEmpty()
                ? DSL.noCondition()
                : CRM_CLIENTS.UID.in(DSL.select(ROWID).from(SEARCH).where(DSL.and(globs)));
    }

    @Override
    public Condition phonesContaining(String digits) {
        if (!indexable(digits)) {
            return DSL.noCondition();
        }
        // two index lookups: FTS5 cannot use its index for an OR of two columns
        return CRM_CLIENTS.UID.in(DSL.select(ROWID).from(SEARCH).where(glob(PHONE, digits))
                .union(DSL.select(ROWID).from(SEARCH).where(glob(SECONDPHONE, digits))));
    }

    private static boolean indexable(String fragment) {
        return fragment.codePointCount(0, fragment.length()) >= MIN_FRAGMENT
                && fragment.chars().noneMatch(c -> c == '*' || c == '?' || c == '[' || c == ']');
    }

    private static Condition glob(Field<String> column, String fragment) {
        return DSL.condition("{0} GLOB {1}", column, DSL.val("*" + fragment + "*"));
    }
}
