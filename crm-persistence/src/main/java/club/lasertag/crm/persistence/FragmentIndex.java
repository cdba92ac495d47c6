package club.lasertag.crm.persistence;

import java.util.List;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/**
 * Narrows a client search by fragment with an index the database has besides the LIKE conditions, which stay
 * the exact test: the conditions returned here may let through more clients, never fewer.
 */
interface FragmentIndex {

    /** No extra index: the LIKE conditions are indexed as they are (PostgreSQL's pg_trgm). */
    FragmentIndex NONE = new FragmentIndex() {
        @Override
        public Condition searchTextContaining(List<String> words) {
            return DSL.noCondition();
        }

        @Override
        public Condition phonesContaining(String digits) {
            return DSL.noCondition();
        }
    };

    Condition searchTextContaining(List<String> words);

    Condition phonesContaining(String digits);
}
