package club.lasertag.crm.persistence;

import static club.lasertag.crm.persistence.jooq.Tables.CRM_CLIENTS;
import static club.lasertag.crm.persistence.jooq.Tables.CRM_CLIENT_NAME_WORDS;
import static club.lasertag.crm.persistence.jooq.Tables.CRM_NAME_WORDS;

import club.lasertag.crm.domain.client.Client;
import club.lasertag.crm.domain.client.ClientId;
import club.lasertag.crm.domain.client.ClientProfile;
import club.lasertag.crm.domain.client.Phone;
import club.lasertag.crm.domain.common.Page;
import club.lasertag.crm.domain.port.out.Clients;
import club.lasertag.crm.persistence.jooq.tables.records.CrmClientsRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jooq.CommonTableExpression;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.SQLDialect;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/** {@link Clients} in {@code crm_clients}. */
final class JooqClients implements Clients {

    /**
     * The name search's thresholds between its plans, per client asked for (offset + limit), and the most name
     * words a fragment may be found in for the name-words plan (0: never that plan): see {@link #withNameWords}.
     */
    record NameSearchTuning(int fewMatchesPerRow, int walkRowsPerRow, int maxNameWords) {

        static final NameSearchTuning DEFAULT = new NameSearchTuning(50, 2_000, 64);
        /** The plans before the name words (migration V5), for comparison. */
        static final NameSearchTuning WITHOUT_NAME_WORDS = new NameSearchTuning(50, 2_000, 0);

        NameSearchTuning {
            if (fewMatchesPerRow < 1 || walkRowsPerRow < 1 || maxNameWords < 0) {
                throw new IllegalArgumentException("thresholds must be positive");
            }
        }
    }

    /** The name search's plans, for tests. */
    enum NameSearchPlan { NAME_WORDS, NAME_ORDER_WALK, START_AND_INSIDE, START_AND_SORTED_INSIDE, TRIGRAM_INDEX }

    private static final Comparator<String> CODE_POINT_ORDER = (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    };
    private static final Comparator<CrmClientsRecord> NAME_ORDER =
            Comparator.comparing(CrmClientsRecord::getSearchText, CODE_POINT_ORDER).thenComparing(CrmClientsRecord::getUid);

    private final DSLContext db;
    private final boolean postgres;
    /** "By surname and name": the search text in code-point order, whatever the database's collation. */
    private final Field<String> nameOrder;
    private final FragmentIndex fragments;
    private final NameSearchTuning tuning;
    /** The plan of the last name search, for tests. */
    private volatile NameSearchPlan lastPlan;

    JooqClients(DSLContext db) {
        this(db, NameSearchTuning.DEFAULT);
    }

    JooqClients(DSLContext db, NameSearchTuning tuning) {
        this.db = db;
        this.tuning = tuning;
        this.postgres = db.dialect().family() == SQLDialect.POSTGRES;
        // the name order matches the index crm_clients_name_order_idx (V3; SQLite's crm_clients_search_text_idx)
        this.nameOrder = postgres
                ? CRM_CLIENTS.SEARCH_TEXT.collate("C")
                : CRM_CLIENTS.SEARCH_TEXT; // SQLite compares text as UTF-8 bytes: code-point order already
        // PostgreSQL's trigram GIN indexes serve the LIKE conditions directly; SQLite needs its FTS5 table
        this.fragments = postgres ? new PostgresTrigramIndex() : new SqliteTrigramIndex();
    }

    @Override
    public Client add(ClientProfile profile) {
        try {
            Integer uid = db.insertInto(CRM_CLIENTS)
                    .set(columns(profile))
                    .returning(CRM_CLIENTS.UID)
                    .fetchOne(CRM_CLIENTS.UID);
            return new Client(new ClientId(uid), profile);
        } catch (DataAccessException e) {
            throw translated(e, profile.phone());
        }
    }

    @Override
    public void update(Client client) {
        try {
            db.update(CRM_CLIENTS)
                    .set(columns(client.profile()))
                    .set(CRM_CLIENTS.UPDATED_AT, Timestamps.toDb(Instant.now()))
                    .where(IntIds.is(CRM_CLIENTS.UID, client.id().value()))
                    .execute();
        } catch (DataAccessException e) {
            throw translated(e, client.phone());
        }
    }

    @Override
    public void delete(ClientId id) {
        db.deleteFrom(CRM_CLIENTS).where(IntIds.is(CRM_CLIENTS.UID, id.value())).execute();
    }

    @Override
    public Optional<Client> byId(ClientId id) {
        return db.selectFrom(CRM_CLIENTS).where(IntIds.is(CRM_CLIENTS.UID, id.value())).fetchOptional().map(JooqClients::client);
    }

    @Override
    public Optional<Client> byMainPhone(Phone phone) {
        return db.selectFrom(CRM_CLIENTS)
                .where(CRM_CLIENTS.PHONE.eq(phone.e164()))
                .fetchOptional()
                .map(JooqClients::client);
    }

    @Override
    public List<Client> withPhone(Phone phone, Page page) {
        return db.selectFrom(CRM_CLIENTS)
                .where(CRM_CLIENTS.PHONE.eq(phone.e164()).or(CRM_CLIENTS.SECONDPHONE.eq(phone.e164())))
                .orderBy(DSL.when(CRM_CLIENTS.PHONE.eq(phone.e164()), 0).otherwise(1), nameOrder, CRM_CLIENTS.UID)
                .limit(page.limit())
                .offset(page.offset())
                .fetch(JooqClients::client);
    }

    @Override
    public List<Client> withPhoneDigits(String fragment, Page page) {
        String digits = SearchFragments.phoneFragment(fragment);
        String pattern = LikePatterns.containing(digits);
        return byTrigramIndex(fragments.phonesContaining(digits).and(CRM_CLIENTS.PHONE.like(pattern, LikePatterns.ESCAPE)
                .or(CRM_CLIENTS.SECONDPHONE.like(pattern, LikePatterns.ESCAPE))), page.limit(), page.offset())
                .stream().map(JooqClients::client).toList();
    }

    /**
     * Clients whose search text contains every word, by name, one page. First choice, the name words (migration
     * V5): the longest word without a space lies inside one word of the search text, so the matches are the clients
     * with one of the name words that contain it ({@code crm_name_words}); each such word's clients are a range of
     * {@code crm_client_name_words} in name order, and the first rows of each range, merged, hold the page. Taken
     * when the word is inside at most {@code maxNameWords} name words; otherwise the plans below.
     * <p>
     * The longest word of 3+ characters (the anchor) splits the matches in two: those whose search text starts with it, a range of the name order (the
     * index on {@code search_text}), and those that have it further inside, which the trigram index finds
     * ({@link FragmentIndex#searchTextContainingAfterStart}). Plans, chosen per query:
     * <ul>
     * <li>Name-order walk: the index on {@code search_text} walked in name order without reading the table, until
     * the page is full: quick for words inside many names, spread over the name order. At most
     * {@code walkRowsPerRow} rows per row asked for (offset + limit) are walked, or all if there is no anchor.
     * <li>Start and inside: when fewer than {@code fewMatchesPerRow} per row asked for have the anchor inside (the
     * usual case for a surname's first letters): the first rows of the range, and those few, merged by name.
     * <li>Start and sorted inside: otherwise (many inside, all late in the name order): the first rows of the
     * range, and the first of the inside matches sorted by name in the database.
     * <li>Trigram index: every match, sorted by name; for words the trigram index cannot split.
     * </ul>
     * Where asking the trigram index for a few matches stops early (SQLite's FTS5), it is asked first; where it
     * reads every match of the word anyway (PostgreSQL's GIN bitmaps), the bounded walk goes first. Control
     * characters in the words separate words ({@link SearchFragments}).
     */
    @Override
    public List<Client> withNameWords(List<String> typed, Page page) {
        List<String> words = SearchFragments.words(typed);
        long wanted = (long) page.offset() + page.limit();
        Optional<List<Client>> byWords = byNameWords(words, page, wanted);
        if (byWords.isPresent()) {
            lastPlan = NameSearchPlan.NAME_WORDS;
            return byWords.get();
        }
        Optional<String> anchor = words.stream()
                .filter(FragmentIndex::indexable)
                .max(Comparator.comparingInt(word -> word.codePointCount(0, word.length())));
        Optional<FragmentIndex.AfterStart> inside = anchor.flatMap(fragments::searchTextContainingAfterStart);
        if (anchor.isEmpty()) {
            lastPlan = NameSearchPlan.NAME_ORDER_WALK;
            return walkingNameOrder(words, page, Optional.empty()).orElseThrow();
        }
        long walkBudget = wanted * tuning.walkRowsPerRow();
        long few = wanted * tuning.fewMatchesPerRow();
        if (inside.isEmpty() || walkBudget > Integer.MAX_VALUE || few > Integer.MAX_VALUE) {
            lastPlan = NameSearchPlan.TRIGRAM_INDEX;
            return byTrigramIndex(fragments.searchTextContaining(words).and(likeEvery(words)), page.limit(), page.offset())
                    .stream().map(JooqClients::client).toList();
        }
        // the exact test as position(), which no index serves: with LIKE, PostgreSQL would add the trigram index
        // of search_text, and read every match of the word
        Condition insideMatch = inside.get().condition().and(containingEvery(words, CRM_CLIENTS.SEARCH_TEXT));
        // the trigram index's candidates (a superset of the matches), up to "few" of them
        List<?> candidates = null;
        if (fragments.stopsEarly()) {
            candidates = db.fetch(inside.get().firstIds().apply((int) few)).getValues(0);
        }
        if (!fragments.stopsEarly() || candidates.size() >= few) {
            Optional<List<Client>> walked = walkingNameOrder(words, page, Optional.of((int) walkBudget));
            if (walked.isPresent()) {
                lastPlan = NameSearchPlan.NAME_ORDER_WALK;
                return walked.get();
            }
            if (!fragments.stopsEarly()) {
                candidates = db.fetch(inside.get().firstIds().apply((int) few)).getValues(0);
            }
        }
        List<CrmClientsRecord> firstInside;
        if (candidates.size() < few) {
            lastPlan = NameSearchPlan.START_AND_INSIDE;
            firstInside = candidates.isEmpty() ? List.of() : db.selectFrom(CRM_CLIENTS)
                    .where(CRM_CLIENTS.UID.in(candidates.stream().map(id -> ((Number) id).intValue()).toList())
                            .and(containingEvery(words, CRM_CLIENTS.SEARCH_TEXT)))
                    .fetch();
        } else {
            lastPlan = NameSearchPlan.START_AND_SORTED_INSIDE;
            firstInside = byTrigramIndex(insideMatch, (int) wanted, 0);
        }
        List<CrmClientsRecord> firstStarting = db.selectFrom(CRM_CLIENTS)
                .where(startingWith(anchor.get()).and(containingEvery(words, CRM_CLIENTS.SEARCH_TEXT)))
                .orderBy(nameOrder, CRM_CLIENTS.UID)
                .limit(wanted)
                .fetch();
        Map<Integer, CrmClientsRecord> byUid = new LinkedHashMap<>();
        Stream.concat(firstStarting.stream(), firstInside.stream()).forEach(r -> byUid.putIfAbsent(r.getUid(), r));
        return byUid.values().stream().sorted(NAME_ORDER).skip(page.offset()).limit(page.limit())
                .map(JooqClients::client).toList();
    }

    /**
     * The page by the name words, or empty if the words have no word without a space, or the longest such word is
     * inside more than {@code maxNameWords} name words.
     */
    private Optional<List<Client>> byNameWords(List<String> words, Page page, long wanted) {
        Optional<String> anchor = words.stream()
                .filter(word -> word.indexOf(' ') < 0)
                .max(Comparator.comparingInt(word -> word.codePointCount(0, word.length())));
        if (anchor.isEmpty() || tuning.maxNameWords() == 0 || wanted > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        List<String> nameWords = db.select(CRM_NAME_WORDS.WORD).from(CRM_NAME_WORDS)
                .where(DSL.position(CRM_NAME_WORDS.WORD, anchor.get()).gt(0))
                .limit(tuning.maxNameWords() + 1)
                .fetch(CRM_NAME_WORDS.WORD);
        if (nameWords.size() > tuning.maxNameWords()) {
            return Optional.empty();
        }
        if (nameWords.isEmpty()) {
            return Optional.of(List.of());
        }
        List<String> others = new ArrayList<>(words);
        others.remove(anchor.get()); // every client with one of the name words contains the anchor
        var names = CRM_CLIENT_NAME_WORDS;
        Select<Record2<Integer, String>> firstOfEach = null;
        for (int i = 0; i < nameWords.size(); i++) {
            // the first clients with this word, in name order: a range of the primary key (word, search_text, uid)
            Table<?> first = db.select(names.UID, names.SEARCH_TEXT).from(names)
                    .where(names.WORD.eq(nameWords.get(i)).and(containingEvery(others, names.SEARCH_TEXT)))
                    .orderBy(names.SEARCH_TEXT, names.UID)
                    .limit((int) wanted)
                    .asTable("first" + i);
            Select<Record2<Integer, String>> member = db.select(first.field(names.UID), first.field(names.SEARCH_TEXT)).from(first);
            firstOfEach = firstOfEach == null ? member : firstOfEach.union(member); // a client may have two of the words
        }
        Table<?> matches = firstOfEach.asTable("matches");
        Field<String> matchText = matches.field(names.SEARCH_TEXT);
        List<Client> found = db.selectFrom(CRM_CLIENTS)
                .where(CRM_CLIENTS.UID.in(db.select(matches.field(names.UID)).from(matches)
                        .orderBy(postgres ? matchText.collate("C") : matchText, matches.field(names.UID))
                        .limit(page.limit())
                        .offset(page.offset())))
                .fetch().stream()
                .sorted(NAME_ORDER).map(JooqClients::client).toList();
        return Optional.of(found);
    }

    private static Condition likeEvery(List<String> words) {
        return DSL.and(words.stream()
                .map(word -> CRM_CLIENTS.SEARCH_TEXT.like(LikePatterns.containing(word), LikePatterns.ESCAPE))
                .toList());
    }

    /**
     * {@code text} contains every word, case-sensitively (the words are lower case, like the search text): by
     * {@code position()} ({@code instr()} on SQLite), which no index serves and which PostgreSQL evaluates about
     * twice as fast as {@code LIKE '%word%'} on a Cyrillic text.
     */
    private static Condition containingEvery(List<String> words, Field<String> text) {
        return DSL.and(words.stream().map(word -> DSL.position(text, word).gt(0)).toList());
    }

    NameSearchPlan lastPlan() {
        return lastPlan;
    }

    /** {@code search_text} starts with {@code prefix}: a range of the name order (code points, as UTF-8 bytes). */
    private Condition startingWith(String prefix) {
        int last = prefix.codePointBefore(prefix.length());
        Condition from = nameOrder.ge(prefix);
        if (last == Character.MAX_CODE_POINT) {
            return from.and(CRM_CLIENTS.SEARCH_TEXT.like(LikePatterns.startingWith(prefix), LikePatterns.ESCAPE));
        }
        String upTo = prefix.substring(0, prefix.length() - Character.charCount(last)) + Character.toString(last + 1);
        return from.and(nameOrder.lt(upTo));
    }

    /**
     * The page by walking the name order's index: the rows of the page by their ids. With a budget, only the
     * first {@code budget} rows of the name order are looked at, and empty if the page is not full by then.
     */
    private Optional<List<Client>> walkingNameOrder(List<String> words, Page page, Optional<Integer> budget) {
        var ids = budget.isEmpty()
                ? db.select(CRM_CLIENTS.UID).from(CRM_CLIENTS)
                        .where(containingEvery(words, CRM_CLIENTS.SEARCH_TEXT))
                        .orderBy(nameOrder, CRM_CLIENTS.UID).limit(page.limit()).offset(page.offset())
                // the first rows of the name order, as a table of its own: only they are looked at
                : db.select(CRM_CLIENTS.UID)
                        .from(db.select(CRM_CLIENTS.UID, CRM_CLIENTS.SEARCH_TEXT).from(CRM_CLIENTS)
                                .orderBy(nameOrder, CRM_CLIENTS.UID).limit(budget.get()).asTable(CRM_CLIENTS))
                        .where(containingEvery(words, CRM_CLIENTS.SEARCH_TEXT))
                        .orderBy(nameOrder, CRM_CLIENTS.UID).limit(page.limit()).offset(page.offset());
        List<Integer> uids = ids.fetch(CRM_CLIENTS.UID);
        if (budget.isPresent() && uids.size() < page.limit()) {
            return Optional.empty();
        }
        return Optional.of(db.selectFrom(CRM_CLIENTS).where(CRM_CLIENTS.UID.in(uids)).fetch().stream()
                .sorted(NAME_ORDER).map(JooqClients::client).toList());
    }

    /**
     * Every match by the trigram index, then sorted: a materialized CTE, so that PostgreSQL never walks the name
     * order's index with the LIKE conditions as a filter on the table's rows instead.
     */
    private List<CrmClientsRecord> byTrigramIndex(Condition condition, int limit, int offset) {
        CommonTableExpression<?> matches = DSL.name("matches")
                .asMaterialized(DSL.select(CRM_CLIENTS.fields()).from(CRM_CLIENTS).where(condition));
        Field<String> searchText = matches.field(CRM_CLIENTS.SEARCH_TEXT);
        Field<Integer> uid = matches.field(CRM_CLIENTS.UID);
        return db.with(matches)
                .select(matches.fields())
                .from(matches)
                .orderBy(db.dialect().family() == SQLDialect.POSTGRES ? searchText.collate("C") : searchText, uid)
                .limit(limit)
                .offset(offset)
                .fetchInto(CRM_CLIENTS);
    }

    private static CrmClientsRecord columns(ClientProfile profile) {
        CrmClientsRecord record = new CrmClientsRecord();
        record.setSurname(profile.surname());
        record.setName(profile.name());
        record.setMidname(profile.midname());
        record.setPhone(profile.phone().e164());
        record.setSecondphone(profile.secondPhone().map(Phone::e164).orElse(""));
        record.setDescription(profile.description());
        record.setFrom(profile.leadSource());
        record.setSearchText(profile.searchText());
        return record;
    }

    private static Client client(CrmClientsRecord record) {
        return StoredRecords.client(record);
    }

    private static RuntimeException translated(DataAccessException e, Phone phone) {
        return SqlErrors.isUniqueViolation(e) ? new PhoneAlreadyStored(phone, e) : e;
    }
}
