package club.lasertag.crm.persistence;

import static club.lasertag.crm.domain.testing.ClientProfileBuilder.aClient;
import static org.assertj.core.api.Assertions.assertThat;

import club.lasertag.crm.domain.client.Client;
import club.lasertag.crm.domain.common.Page;
import club.lasertag.crm.persistence.JooqClients.NameSearchPlan;
import club.lasertag.crm.persistence.JooqClients.NameSearchTuning;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link JooqClients#withNameWords}'s three plans give the same pages: on a small table, thresholds set low make
 * it take each of them.
 */
abstract class NameSearchPlansContract {

    /** The name words first (migration V5). */
    private static final NameSearchTuning NAME_WORDS = NameSearchTuning.DEFAULT;
    /** At most one name word: the plans below for most words. */
    private static final NameSearchTuning ONE_NAME_WORD = new NameSearchTuning(50, 2_000, 1);
    /** Without the name words, any word: few inside matches (the start range and the trigram index of the rest). */
    private static final NameSearchTuning DEFAULT = NameSearchTuning.WITHOUT_NAME_WORDS;
    /** One inside match per row asked is "many": the name-order walk, with room to walk the whole table. */
    private static final NameSearchTuning WALK = new NameSearchTuning(1, 1_000, 0);
    /** The walk gives up after one row per row asked: the trigram index. */
    private static final NameSearchTuning SHORT_WALK = new NameSearchTuning(1, 1, 0);
    private static final List<NameSearchTuning> EVERY_TUNING = List.of(NAME_WORDS, ONE_NAME_WORD, DEFAULT, WALK, SHORT_WALK);

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
    void wordsInsideFewNameWordsTakeTheNameWords() {
        assertThat(search(NAME_WORDS, List.of("иван"), Page.first(10), NameSearchPlan.NAME_WORDS))
                .containsExactly(abramovIvan, ivanovPetr, ivanovaAnna, petrovIvanIvanovich, yakovlevIvan);
        assertThat(search(NAME_WORDS, List.of("иван"), new Page(1, 2), NameSearchPlan.NAME_WORDS))
                .containsExactly(ivanovPetr, ivanovaAnna);
        assertThat(search(NAME_WORDS, List.of("ов", "иван"), new Page(2, 10), NameSearchPlan.NAME_WORDS))
                .containsExactly(ivanovaAnna, petrovIvanIvanovich, yakovlevIvan);
        assertThat(search(NAME_WORDS, List.of("яков"), Page.first(10), NameSearchPlan.NAME_WORDS)).containsExactly(yakovlevIvan);
        assertThat(search(NAME_WORDS, List.of("петр", "иван"), Page.first(10), NameSearchPlan.NAME_WORDS))
                .containsExactly(ivanovPetr, petrovIvanIvanovich);
        assertThat(search(NAME_WORDS, List.of("смирн"), Page.first(10), NameSearchPlan.NAME_WORDS)).isEmpty();
        assertThat(search(NAME_WORDS, List.of("иван"), new Page(Integer.MAX_VALUE - 10, 10), NameSearchPlan.NAME_WORDS)).isEmpty();
    }

    @Test
    void wordsInsideTooManyNameWordsOrWithSpacesTakeTheOtherPlans() {
        // "иван" is inside three name words (иван, иванов, иванова)
        assertThat(search(ONE_NAME_WORD, List.of("иван"), Page.first(10), NameSearchPlan.START_AND_INSIDE))
                .containsExactly(abramovIvan, ivanovPetr, ivanovaAnna, petrovIvanIvanovich, yakovlevIvan);
        assertThat(search(NAME_WORDS, List.of("ов иван"), Page.first(10), NameSearchPlan.START_AND_INSIDE))
                .containsExactly(abramovIvan, petrovIvanIvanovich);
        // a word with a space is tested on the whole search text, the anchor is the other one
        assertThat(search(NAME_WORDS, List.of("ов иван", "петр"), Page.first(10), NameSearchPlan.NAME_WORDS))
                .containsExactly(petrovIvanIvanovich);
    }

    /** The slow shape before the name words: a word inside many names that come late in the name order. */
    @Test
    void aWordInsideManyNamesLateInTheNameOrderGivesTheSamePagesByEveryPlan() {
        JooqClients clients = new JooqClients(db());
        for (int i = 0; i < 30; i++) {
            clients.add(aClient().surname(i % 3 == 0 ? "Поляков" : "Ааронов").name("Яков" + (char) ('а' + i % 7))
                    .midname(i % 2 == 0 ? "Яковлевич" : "").build());
        }
        List<String> words = List.of("яков");
        List<Client> expected = inMemory(words);
        for (NameSearchTuning tuning : EVERY_TUNING) {
            for (int offset = 0; offset <= expected.size(); offset += 7) {
                for (int limit : List.of(1, 5, 50)) {
                    assertThat(new JooqClients(db(), tuning).withNameWords(words, new Page(offset, limit)))
                            .as("%s at %d, %d", tuning, offset, limit)
                            .containsExactlyElementsOf(expected.subList(offset, Math.min(expected.size(), offset + limit)));
                }
            }
        }
        assertThat(search(NAME_WORDS, List.of("ляков"), new Page(0, 3), NameSearchPlan.NAME_WORDS))
                .containsExactlyElementsOf(inMemory(List.of("ляков")).subList(0, 3));
    }

    @Test
    void theNameWordsFollowEveryWrite() {
        JooqClients clients = new JooqClients(db(), NAME_WORDS);
        Client kuznetsov = clients.add(aClient().surname("Кузнецов").name("Яков").midname("").build());
        assertThat(clients.withNameWords(List.of("яков"), Page.first(10))).containsExactly(kuznetsov, yakovlevIvan);

        Client renamed = new Client(kuznetsov.id(), kuznetsov.profile().withSurname("Поляков"));
        clients.update(renamed);
        assertThat(clients.withNameWords(List.of("кузн"), Page.first(10))).isEmpty();
        assertThat(clients.withNameWords(List.of("ляков"), Page.first(10))).containsExactly(renamed);
        assertThat(clients.withNameWords(List.of("яков"), Page.first(10))).containsExactly(renamed, yakovlevIvan);
        assertThat(clients.lastPlan()).isEqualTo(NameSearchPlan.NAME_WORDS);

        Client samePhoneless = new Client(renamed.id(), renamed.profile().withDescription("другая заметка"));
        clients.update(samePhoneless);
        assertThat(clients.withNameWords(List.of("ляков"), Page.first(10))).containsExactly(samePhoneless);

        clients.delete(renamed.id());
        assertThat(clients.withNameWords(List.of("яков"), Page.first(10))).containsExactly(yakovlevIvan);
        assertThat(clients.withNameWords(List.of("ляков"), Page.first(10))).isEmpty();
        // one row per client and distinct word of its search text, nothing left of the deleted one
        assertThat(db().fetchCount(DSL.table(DSL.name("crm_client_name_words")))).isEqualTo(15);
        assertThat(db().fetchCount(DSL.table(DSL.name("crm_client_name_words")),
                DSL.field(DSL.name("uid"), Long.class).eq(renamed.id().value()))).isZero();
    }

    @Test
    void everyPlanGivesTheSamePages() {
        for (NameSearchTuning tuning : EVERY_TUNING) {
            JooqClients clients = new JooqClients(db(), tuning);
            for (List<String> words : List.of(List.of("иван"), List.of("ова"), List.of("иван", "петр"), List.of("ов", "иван"),
                    List.of("ов иван"), List.of("в"), List.of("иван", "иван"))) {
                List<Client> all = clients.withNameWords(words, Page.first(10));
                for (int offset = 0; offset <= all.size(); offset++) {
                    for (int limit = 1; limit <= 3; limit++) {
                        assertThat(clients.withNameWords(words, new Page(offset, limit)))
                                .as("%s %s at %d, %d", tuning, words, offset, limit)
                                .containsExactlyElementsOf(all.subList(offset, Math.min(all.size(), offset + limit)));
                    }
                }
                List<Client> expected = inMemory(words);
                assertThat(all).as("%s %s", tuning, words).containsExactlyElementsOf(expected.subList(0, Math.min(10, expected.size())));
            }
        }
    }

    @Test
    void quotesAndWildcardsInWordsAreLiteralInEveryPlan() {
        JooqClients clients = new JooqClients(db());
        Client quoted = clients.add(aClient().surname("О\"Нил").name("\"Иван\"").midname("100%_").build());
        for (NameSearchTuning tuning : EVERY_TUNING) {
            assertThat(new JooqClients(db(), tuning).withNameWords(List.of("\"иван\""), Page.first(1))).containsExactly(quoted);
            assertThat(new JooqClients(db(), tuning).withNameWords(List.of("о\"н"), Page.first(1))).containsExactly(quoted);
            assertThat(new JooqClients(db(), tuning).withNameWords(List.of("0%_"), Page.first(1))).containsExactly(quoted);
            assertThat(new JooqClients(db(), tuning).withNameWords(List.of("\"ива"), Page.first(1))).containsExactly(quoted);
        }
    }

    /** The contract: every client whose search text contains every word, by search text and id. */
    private List<Client> inMemory(List<String> words) {
        JooqClients clients = new JooqClients(db(), SHORT_WALK);
        List<Client> all = new java.util.ArrayList<>();
        for (List<Client> page = clients.withNameWords(List.of(), new Page(0, 100)); !page.isEmpty();
                page = clients.withNameWords(List.of(), new Page(all.size(), 100))) {
            all.addAll(page);
        }
        return all.stream().filter(client -> words.stream().allMatch(client.profile().searchText()::contains)).toList();
    }

    private List<Client> search(NameSearchTuning tuning, List<String> words, Page page, NameSearchPlan expected) {
        JooqClients clients = new JooqClients(db(), tuning);
        List<Client> found = clients.withNameWords(words, page);
        assertThat(clients.lastPlan()).as("plan for %s, %s", words, page).isEqualTo(expected);
        return found;
    }
}
