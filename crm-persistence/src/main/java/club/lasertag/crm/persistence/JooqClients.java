package club.lasertag.crm.persistence;

import static club.lasertag.crm.persistence.jooq.Tables.CRM_CLIENTS;

import club.lasertag.crm.domain.client.Client;
import club.lasertag.crm.domain.client.ClientId;
import club.lasertag.crm.domain.client.ClientProfile;
import club.lasertag.crm.domain.client.Phone;
import club.lasertag.crm.domain.common.Page;
import club.lasertag.crm.domain.port.out.Clients;
import club.lasertag.crm.persistence.jooq.tables.records.CrmClientsRecord;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/** {@link Clients} in {@code crm_clients}. */
final class JooqClients implements Clients {

    private final DSLContext db;
    /** "By surname and name": the search text in code-point order, whatever the database's collation. */
    private final Field<String> nameOrder;
    private final FragmentIndex fragments;

    JooqClients(DSLContext db) {
        this.db = db;
        boolean postgres = db.dialect().family() == SQLDialect.POSTGRES;
        this.nameOrder = postgres
                ? CRM_CLIENTS.SEARCH_TEXT.collate("C")
                : CRM_CLIENTS.SEARCH_TEXT; // SQLite compares text as UTF-8 bytes: code-point order already
        // PostgreSQL's trigram GIN indexes serve the LIKE conditions directly; SQLite needs its FTS5 table
        this.fragments = postgres ? FragmentIndex.NONE : new SqliteTrigramIndex();
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
                    .where(CRM_CLIENTS.UID.eq(uid(client.id())))
                    .execute();
        } catch (DataAccessException e) {
            throw translated(e, client.phone());
        }
    }

    @Override
    public void delete(ClientId id) {
        db.deleteFrom(CRM_CLIENTS).where(CRM_CLIENTS.UID.eq(uid(id))).execute();
    }

    @Override
    public Optional<Client> byId(ClientId id) {
        return db.selectFrom(CRM_CLIENTS).where(CRM_CLIENTS.UID.eq(uid(id))).fetchOptional().map(JooqClients::client);
    }

    @Override
    public Optional<Client> byPhone(Phone phone) {
        return db.selectFrom(CRM_CLIENTS)
                .where(CRM_CLIENTS.PHONE.eq(phone.e164()).or(CRM_CLIENTS.SECONDPHONE.eq(phone.e164())))
                .orderBy(CRM_CLIENTS.UID)
                .limit(1)
                .fetchOptional()
                .map(JooqClients::client);
    }

    @Override
    public List<Client> withPhoneDigits(String digits, Page page) {
        String pattern = LikePatterns.containing(digits);
        return matching(fragments.phonesContaining(digits).and(CRM_CLIENTS.PHONE.like(pattern, LikePatterns.ESCAPE)
                .or(CRM_CLIENTS.SECONDPHONE.like(pattern, LikePatterns.ESCAPE))), page);
    }

    @Override
    public List<Client> withNameWords(List<String> words, Page page) {
        Condition all = DSL.and(words.stream()
                .map(word -> CRM_CLIENTS.SEARCH_TEXT.like(LikePatterns.containing(word), LikePatterns.ESCAPE))
                .toList());
        return matching(fragments.searchTextContaining(words).and(all), page);
    }

    private List<Client> matching(Condition condition, Page page) {
        return db.selectFrom(CRM_CLIENTS)
                .where(condition)
                .orderBy(nameOrder, CRM_CLIENTS.UID)
                .limit(page.limit())
                .offset(page.offset())
                .fetch(JooqClients::client);
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
        ClientProfile profile = new ClientProfile(
                record.getSurname(),
                record.getName(),
                record.getMidname(),
                new Phone(record.getPhone()),
                record.getSecondphone().isEmpty() ? Optional.empty() : Optional.of(new Phone(record.getSecondphone())),
                record.getDescription(),
                record.getFrom());
        return new Client(new ClientId(record.getUid()), profile);
    }

    private static int uid(ClientId id) {
        return Math.toIntExact(id.value());
    }

    private static RuntimeException translated(DataAccessException e, Phone phone) {
        return SqlErrors.isUniqueViolation(e) ? new PhoneAlreadyStored(phone, e) : e;
    }
}
