package club.lasertag.crm.persistence;

import static club.lasertag.crm.persistence.jooq.Tables.CRM_CLIENTS;
import static club.lasertag.crm.persistence.jooq.Tables.CRM_ORDERS;
import static org.assertj.core.api.Assertions.assertThat;

import club.lasertag.crm.persistence.jooq.tables.records.CrmClientsRecord;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

/** The jOOQ classes generated from the SQLite schema work unchanged on both databases. */
abstract class GeneratedSchemaSmokeTest {

    abstract DSLContext db();

    @Test
    void insertsAndReadsBackAClientWithACyrillicName() {
        DSLContext db = db();
        Integer uid = db.insertInto(CRM_CLIENTS)
                .set(CRM_CLIENTS.SURNAME, "Иванов")
                .set(CRM_CLIENTS.NAME, "Ёжик")
                .set(CRM_CLIENTS.PHONE, "+79991234567")
                .set(CRM_CLIENTS.FROM, "ВКонтакте")
                .set(CRM_CLIENTS.SEARCH_TEXT, "иванов ёжик")
                .returning(CRM_CLIENTS.UID)
                .fetchOne(CRM_CLIENTS.UID);

        CrmClientsRecord client = db.selectFrom(CRM_CLIENTS).where(CRM_CLIENTS.UID.eq(uid)).fetchOne();

        assertThat(client).isNotNull();
        assertThat(client.getSurname()).isEqualTo("Иванов");
        assertThat(client.getName()).isEqualTo("Ёжик");
        assertThat(client.getMidname()).isEmpty();
        assertThat(client.getFrom()).isEqualTo("ВКонтакте");
        assertThat(client.getCreatedAt()).isCloseTo(LocalDateTime.now(ZoneOffset.UTC),
                org.assertj.core.api.Assertions.within(1, ChronoUnit.MINUTES));
        assertThat(db.fetchCount(CRM_CLIENTS, CRM_CLIENTS.SEARCH_TEXT.like("%ёжик%"))).isEqualTo(1);
    }

    @Test
    void insertsAndReadsBackAnOrderWithMillisecondTimes() {
        DSLContext db = db();
        LocalDateTime start = LocalDateTime.of(2024, 5, 1, 10, 0, 0, 250_000_000);
        Integer uid = db.insertInto(CRM_ORDERS)
                .set(CRM_ORDERS.DATE, start)
                .set(CRM_ORDERS.GAMETIME, 3600)
                .set(CRM_ORDERS.RESTTIME, 1800)
                .set(CRM_ORDERS.GAME_END, start.plusSeconds(3600))
                .set(CRM_ORDERS.REST_END, start.plusSeconds(5400))
                .set(CRM_ORDERS.POLYGON, "forest")
                .returning(CRM_ORDERS.UID)
                .fetchOne(CRM_ORDERS.UID);

        var order = db.selectFrom(CRM_ORDERS).where(CRM_ORDERS.UID.eq(uid)).fetchOne();

        assertThat(order).isNotNull();
        assertThat(order.getDate()).isEqualTo(start);
        assertThat(order.getRestEnd()).isEqualTo(start.plusSeconds(5400));
        assertThat(order.getStatus()).isEqualTo("new");
        assertThat(order.getGifts()).isEqualTo("bandana");
        assertThat(db.fetchCount(CRM_ORDERS, CRM_ORDERS.DATE.lt(start.plusNanos(1_000_000))
                .and(CRM_ORDERS.REST_END.gt(start.plusSeconds(5399))))).isEqualTo(1);
    }
}
