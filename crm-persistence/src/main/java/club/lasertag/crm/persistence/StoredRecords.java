package club.lasertag.crm.persistence;

import club.lasertag.crm.domain.client.Client;
import club.lasertag.crm.domain.client.ClientId;
import club.lasertag.crm.domain.client.ClientProfile;
import club.lasertag.crm.domain.client.Phone;
import club.lasertag.crm.domain.order.Audit;
import club.lasertag.crm.domain.order.GameType;
import club.lasertag.crm.domain.order.Gift;
import club.lasertag.crm.domain.order.Order;
import club.lasertag.crm.domain.order.OrderId;
import club.lasertag.crm.domain.order.OrderStatus;
import club.lasertag.crm.domain.order.Polygon;
import club.lasertag.crm.domain.order.RestRoom;
import club.lasertag.crm.domain.order.Slot;
import club.lasertag.crm.domain.staff.StaffId;
import club.lasertag.crm.persistence.jooq.tables.records.CrmClientsRecord;
import club.lasertag.crm.persistence.jooq.tables.records.CrmOrdersRecord;
import java.time.Duration;
import java.util.Optional;

/** Stored rows as the domain's values: shared by the adapters that read clients and orders (which may not know each other). */
final class StoredRecords {

    private StoredRecords() {
    }

    static Client client(CrmClientsRecord record) {
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

    static Order order(CrmOrdersRecord record) {
        Slot slot = new Slot(
                Timestamps.fromDb(record.getDate()),
                Duration.ofSeconds(record.getGametime()),
                Polygon.ofCode(record.getPolygon()),
                RestRoom.ofNumber(record.getRestroom()),
                Duration.ofSeconds(record.getResttime()));
        Audit audit = new Audit(
                staffIdFromDb(record.getCreatedBy()), Timestamps.fromDb(record.getCreatedAt()),
                staffIdFromDb(record.getUpdatedBy()), Timestamps.fromDb(record.getUpdatedAt()));
        return new Order(
                Optional.of(new OrderId(record.getUid())),
                Optional.ofNullable(record.getClientUid()).map(ClientId::new),
                slot,
                record.getPlayers(),
                GameType.ofCode(record.getGametype()),
                Gift.ofCode(record.getGifts()),
                OrderStatus.ofCode(record.getStatus()),
                record.getComment(),
                audit);
    }

    private static Optional<StaffId> staffIdFromDb(long value) {
        return value > 0 ? Optional.of(new StaffId(value)) : Optional.empty();
    }
}
