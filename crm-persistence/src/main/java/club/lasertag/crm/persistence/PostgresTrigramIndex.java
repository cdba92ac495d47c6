package club.lasertag.crm.persistence;

import static club.lasertag.crm.persistence.jooq.Tables.CRM_CLIENTS;

import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/**
 * PostgreSQL's pg_trgm GIN indexes: they serve the LIKE conditions on the columns directly (migration V1), and
 * {@code substr(search_text, 2)}, the search text without its first character, has its own (migration V3).
 */
final class PostgresTrigramIndex implements FragmentIndex {

    @Override
    public Condition searchTextContaining(List<String> words) {
        return DSL.noCondition();
    }

    @Override
    public boolean stopsEarly() {
        return false;
    }

    @Override
    public Condition phonesContaining(String digits) {
        return DSL.noCondition();
    }

    @Override
    public Optional<AfterStart> searchTextContainingAfterStart(String word) {
        if (!FragmentIndex.indexable(word)) {
            return Optional.empty();
        }
        // exactly the expression of crm_clients_search_text_tail_trgm_idx (V3), or the index is not used
        Condition inside = DSL.field("substr({0}, 2)", String.class, CRM_CLIENTS.SEARCH_TEXT)
                .like(LikePatterns.containing(word), LikePatterns.ESCAPE);
        return Optional.of(new AfterStart(inside, n -> DSL.select(CRM_CLIENTS.UID).from(CRM_CLIENTS).where(inside).limit(n)));
    }
}
