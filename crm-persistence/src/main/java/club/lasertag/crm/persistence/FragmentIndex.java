package club.lasertag.crm.persistence;

import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import org.jooq.Condition;
import org.jooq.Record1;
import org.jooq.Select;

/**
 * The trigram index a database has for the client search by fragment, besides the LIKE conditions, which stay
 * the exact test: the conditions returned here may let through more clients, never fewer.
 */
interface FragmentIndex {

    /** The least number of characters ({@code code points}) of a fragment the trigram index can find. */
    int MIN_FRAGMENT = 3;

    Condition searchTextContaining(List<String> words);

    Condition phonesContaining(String digits);

    /**
     * By the trigram index, at least every client whose {@code search_text} contains {@code word} somewhere else
     * than at its start (the name search's other half, those starting with it, is a range of the name order);
     * empty if the index cannot tell that for this word.
     */
    Optional<AfterStart> searchTextContainingAfterStart(String word);

    /**
     * Those clients as a condition on {@code crm_clients}, and the first {@code n} of their ids as a query (a new
     * one each time: jOOQ's queries are mutable).
     */
    record AfterStart(Condition condition, IntFunction<Select<? extends Record1<?>>> firstIds) {
    }

    /**
     * Whether asking for the first few matches of {@link #searchTextContainingAfterStart} reads only about that
     * many index entries (SQLite's FTS5 streams its doclists), or every entry of the word (a GIN bitmap).
     */
    boolean stopsEarly();

    static boolean indexable(String fragment) {
        return fragment.codePointCount(0, fragment.length()) >= MIN_FRAGMENT;
    }
}
