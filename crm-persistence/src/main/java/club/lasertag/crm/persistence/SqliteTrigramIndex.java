package club.lasertag.crm.persistence;

import static club.lasertag.crm.persistence.jooq.Tables.CRM_CLIENTS;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
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

    private static final Table<?> SEARCH = DSL.table(DSL.name("crm_clients_search"));
    private static final Field<Integer> ROWID = DSL.field(DSL.name("rowid"), Integer.class);
    private static final Field<String> SEARCH_TEXT = DSL.field(DSL.name("search_text"), String.class);
    private static final Field<String> PHONE = DSL.field(DSL.name("phone"), String.class);
    private static final Field<String> SECONDPHONE = DSL.field(DSL.name("secondphone"), String.class);

    @Override
    public Condition searchTextContaining(List<String> words) {
        List<Condition> globs = words.stream().filter(SqliteTrigramIndex::globbable).map(word -> glob(SEARCH_TEXT, word)).toList();
        return globs.isEmpty()
                ? DSL.noCondition()
                : CRM_CLIENTS.UID.in(DSL.select(ROWID).from(SEARCH).where(DSL.and(globs)));
    }

    @Override
    public boolean stopsEarly() {
        return true;
    }

    @Override
    public Condition phonesContaining(String digits) {
        if (!globbable(digits)) {
            return DSL.noCondition();
        }
        // two index lookups: FTS5 cannot use its index for an OR of two columns
        return CRM_CLIENTS.UID.in(DSL.select(ROWID).from(SEARCH).where(glob(PHONE, digits))
                .union(DSL.select(ROWID).from(SEARCH).where(glob(SECONDPHONE, digits))));
    }

    /**
     * An FTS5 query, {@code search_text : ("word" NOT ^"word")}: the trigram phrase anywhere, but not as the
     * column's first tokens. The trigram tokenizer folds case (simple lower-case mapping); {@code search_text} is
     * lower case (written by the application), so for a lower-case word "starts with it, folded" is "starts with
     * it": words with upper-case letters are left to the other plans.
     */
    @Override
    public Optional<AfterStart> searchTextContainingAfterStart(String word) {
        if (!FragmentIndex.indexable(word) || !word.equals(word.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        String phrase = '"' + word.replace("\"", "\"\"") + '"';
        String query = "search_text : (" + phrase + " NOT ^" + phrase + ")";
        // the ids straight from the FTS5 table: a LIMIT on it stops reading its doclists early (as a subquery of
        // IN, SQLite would first collect every id)
        Condition match = DSL.condition("{0} match {1}", SEARCH, DSL.val(query));
        return Optional.of(new AfterStart(CRM_CLIENTS.UID.in(DSL.select(ROWID).from(SEARCH).where(match)),
                n -> DSL.select(ROWID).from(SEARCH).where(match).limit(n)));
    }

    private static boolean globbable(String fragment) {
        return FragmentIndex.indexable(fragment)
                && fragment.chars().noneMatch(c -> c == '*' || c == '?' || c == '[' || c == ']');
    }

    private static Condition glob(Field<String> column, String fragment) {
        return DSL.condition("{0} GLOB {1}", column, DSL.val("*" + fragment + "*"));
    }
}
