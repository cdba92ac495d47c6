package club.lasertag.crm.persistence;

import static club.lasertag.crm.domain.testing.ClientProfileBuilder.aClient;
import static org.assertj.core.api.Assertions.assertThat;

import club.lasertag.crm.domain.client.Client;
import club.lasertag.crm.domain.common.Page;
import club.lasertag.crm.persistence.JooqClients.NameSearchPlan;
import club.lasertag.crm.persistence.JooqClients.NameSearchTuning;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link JooqClients#withNameWords}'s three plans give the same pages: on a small table, thresholds set low make
 * it take each of them.
 */
abstract class NameSearchPlansContract {

    /** Any word: few inside matches (the start range and the trigram index of the rest). */
    private static final NameSearchTuning DEFAULT = NameSearchTuning.DEFAULT;
    /** One inside match per row asked is "many": the name-order walk, with room to walk the whole table. */
    private static final NameSearchTuning WALK = new NameSearchTuning(1, 1_000);
    /** The walk gives up after one row per row asked: the trigram index. */
    private static final NameSearchTuning SHORT_WALK = new NameSearchTuning(1, 1);

    private Client abramovIvan;
    private Client ivanovPetr;
    private Client ivanovaAnna;
    private Client petrovIvanIvanovich;
    private Client yakovlevIvan;

    abstract DSLContext db();

    @BeforeEach
    void someClients() {
        JooqClients clients = new JooqClients(db());
        yakovlevIvan = clients.add(aClient().surname("Яковлев").name("Иван").midname("").build());
        petrovIvanIvanovich = clients.add(aClient().surname("Петров").name("Иван").midname("Иванович").build());
        clients.add(aClient().surname("Сидоров").name("Олег").midname("").build());
        ivanovaAnna = clients.add(aClient().surname("Иванова").name("Анна").midname("").build());
        clients.add(aClient().surname("Аарон").name("Олег").midname("").build());
        ivanovPetr = clients.add(aClient().surname("Иванов").name("Пётр").midname("").build());
        abramovIvan = clients.add(aClient().surname("Абрамов").name("Иван").midname("").build());
    }

    @Test
    void fewInsideMatchesTakeTheStartRangeAndTheFewInside() {
        assertThat(search(DEFAULT, List.of("иван"), Page.first(10), NameSearchPlan.START_AND_INSIDE))
                .containsExactly(abramovIvan, ivanovPetr, ivanovaAnna, petrovIvanIvanovich, yakovlevIvan);
        assertThat(search(DEFAULT, List.of("петр", "иван"), Page.first(10), NameSearchPlan.START_AND_INSIDE))
                .containsExactly(ivanovPetr, petrovIvanIvanovich);
        assertThat(search(DEFAULT, List.of("ова"), Page.first(10), NameSearchPlan.START_AND_INSIDE))
                .containsExactly(ivanovaAnna);
        assertThat(search(DEFAULT, List.of("иванов"), Page.first(10), NameSearchPlan.START_AND_INSIDE))
                .containsExactly(ivanovPetr, ivanovaAnna, petrovIvanIvanovich);
        assertThat(search(DEFAULT, List.of("смирн"), Page.first(10), NameSearchPlan.START_AND_INSIDE)).isEmpty();
    }

    @Test
    void manyInsideMatchesWalkTheNameOrder() {
        assertThat(search(WALK, List.of("иван"), new Page(0, 2), NameSearchPlan.NAME_ORDER_WALK))
                .containsExactly(abramovIvan, ivanovPetr);
        assertThat(search(WALK, List.of("иван"), new Page(1, 2), NameSearchPlan.NAME_ORDER_WALK))
                .containsExactly(ivanovPetr, ivanovaAnna);
        assertThat(search(WALK, List.of("иван", "петр"), new Page(0, 1), NameSearchPlan.NAME_ORDER_WALK))
                .containsExactly(ivanovPetr);
    }

    @Test
    void wordsTooShortForTheTrigramIndexWalkTheWholeNameOrder() {
        assertThat(search(SHORT_WALK, List.of("ив"), Page.first(10), NameSearchPlan.NAME_ORDER_WALK))
                .containsExactly(abramovIvan, ivanovPetr, ivanovaAnna, petrovIvanIvanovich, yakovlevIvan);
        assertThat(search(SHORT_WALK, List.of(), new Page(1, 2), NameSearchPlan.NAME_ORDER_WALK))
                .containsExactly(abramovIvan, ivanovPetr);
    }

    @Test
    void manyInsideMatchesAndAWalkThatRunsOutTakeTheStartRangeAndTheSortedInside() {
        assertThat(search(SHORT_WALK, List.of("иван"), new Page(0, 2), NameSearchPlan.START_AND_SORTED_INSIDE))
                .containsExactly(abramovIvan, ivanovPetr);
        assertThat(search(SHORT_WALK, List.of("иван"), new Page(1, 2), NameSearchPlan.START_AND_SORTED_INSIDE))
                .containsExactly(ivanovPetr, ivanovaAnna);
        assertThat(search(SHORT_WALK, List.of("иван"), new Page(2, 1), NameSearchPlan.START_AND_SORTED_INSIDE))
                .containsExactly(ivanovaAnna);
    }

    @Test
    void pagesTooFarForTheThresholdsTakeTheTrigramIndex() {
        assertThat(search(DEFAULT, List.of("иван"), new Page(Integer.MAX_VALUE - 10, 10), NameSearchPlan.TRIGRAM_INDEX)).isEmpty();
    }

    @Test
    void everyPlanGivesTheSamePages() {
        for (NameSearchTuning tuning : List.of(DEFAULT, WALK, SHORT_WALK)) {
            JooqClients clients = new JooqClients(db(), tuning);
            for (List<String> words : List.of(List.of("иван"), List.of("ова"), List.of("иван", "петр"), List.of("ов", "иван"))) {
                List<Client> all = clients.withNameWords(words, Page.first(10));
                for (int offset = 0; offset <= all.size(); offset++) {
                    for (int limit = 1; limit <= 3; limit++) {
                        assertThat(clients.withNameWords(words, new Page(offset, limit)))
                                .as("%s %s at %d, %d", tuning, words, offset, limit)
                                .containsExactlyElementsOf(all.subList(offset, Math.min(all.size(), offset + limit)));
                    }
                }
                assertThat(all).as("%s %s", tuning, words)
                        .containsExactlyElementsOf(new JooqClients(db(), DEFAULT).withNameWords(words, Page.first(10)));
            }
        }
    }

    @Test
    void quotesAndWildcardsInWordsAreLiteralInEveryPlan() {
        JooqClients clients = new JooqClients(db());
        Client quoted = clients.add(aClient().surname("О\"Нил").name("\"Иван\"").midname("100%_").build());
        for (NameSearchTuning tuning : List.of(DEFAULT, WALK, SHORT_WALK)) {
            assertThat(new JooqClients(db(), tuning).withNameWords(List.of("\"иван\""), Page.first(1))).containsExactly(quoted);
            assertThat(new JooqClients(db(), tuning).withNameWords(List.of("о\"н"), Page.first(1))).containsExactly(quoted);
            assertThat(new JooqClients(db(), tuning).withNameWords(List.of("0%_"), Page.first(1))).containsExactly(quoted);
            assertThat(new JooqClients(db(), tuning).withNameWords(List.of("\"ива"), Page.first(1))).containsExactly(quoted);
        }
    }

    private List<Client> search(NameSearchTuning tuning, List<String> words, Page page, NameSearchPlan expected) {
        JooqClients clients = new JooqClients(db(), tuning);
        List<Client> found = clients.withNameWords(words, page);
        assertThat(clients.lastPlan()).as("plan for %s, %s", words, page).isEqualTo(expected);
        return found;
    }
}
