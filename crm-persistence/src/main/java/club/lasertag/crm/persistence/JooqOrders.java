package club.lasertag.crm.persistence;

import static club.lasertag.crm.persistence.jooq.Tables.CRM_ORDERS;

import club.lasertag.crm.domain.client.ClientId;
import club.lasertag.crm.domain.common.NotFound;
import club.lasertag.crm.domain.common.Page;
import club.lasertag.crm.domain.order.Audit;
import club.lasertag.crm.domain.order.BookingPolicy;
import club.lasertag.crm.domain.order.GameSetup;
import club.lasertag.crm.domain.order.Order;
import club.lasertag.crm.domain.order.OrderId;
import club.lasertag.crm.domain.order.OrderStatus;
import club.lasertag.crm.domain.order.Refusal;
import club.lasertag.crm.domain.order.Slot;
import club.lasertag.crm.domain.port.out.Orders;
import club.lasertag.crm.domain.staff.StaffId;
import club.lasertag.crm.persistence.jooq.tables.records.CrmOrdersRecord;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;

/**
 * {@link Orders} in {@code crm_orders}.
 *
 * <p>{@link #saveIfAllowed} reads the neighbours, runs the policy and writes in one transaction. On SQLite that
 * transaction is the single writer ({@link DataSources#sqlite} begins every transaction IMMEDIATE), so nothing
 * can commit in between. On PostgreSQL (READ COMMITTED) the transaction first takes an advisory lock per UTC day
 * the order occupies ({@link #lockDaysOf}): two bookings that could conflict share a day, so the later one waits
 * for the earlier to commit and then reads it. Without that, two bookings overlapping on the field and in the
 * rest room wait on each other's rows in the two exclusion constraints, and PostgreSQL aborts one as a deadlock
 * after a second. The constraints stay the last guard: should they still reject a write, the whole check is
 * repeated so the policy sees the winner and answers with its typed refusal.
 *
 * <p>Inside a {@link club.lasertag.crm.chat.tx.UnitOfWork} (the bot handles each update in one) that transaction is
 * a savepoint of the unit of work's: on SQLite the unit of work is already the single writer; on PostgreSQL the
 * advisory locks are held until the unit of work ends, and a lost race rolls back to the savepoint only, so the
 * retry runs in the same unit of work. {@code db} must be thread-bound ({@link JooqPorts#threadBound}).
 */
final class JooqOrders implements Orders {

    /** How often a booking that lost a race on PostgreSQL's exclusion constraints is checked again. */
    static final int MAX_ATTEMPTS = 10;

    /**
     * The longest visit stored: a game and a rest of at most {@link GameSetup#MAX_DURATION} each. Knowing it, a
     * window query reads only the orders starting less than this before the window ({@code date} is indexed)
     * instead of every order before it. Longer visits are refused when stored, so the bound always holds.
     */
    static final Duration MAX_VISIT = GameSetup.MAX_DURATION.multipliedBy(2);

    private static final Condition OCCUPYING = CRM_ORDERS.STATUS.ne(OrderStatus.CANCELLED.code());

    /**
     * The first key of the bookings' advisory locks ({@code pg_advisory_xact_lock(int, int)}, the second key is the
     * UTC day): "CRMB" in ASCII, apart from any other advisory lock of the CRM.
     */
    static final int BOOKING_LOCK_SPACE = 0x43524D42;

    private final DSLContext db;

    JooqOrders(DSLContext db) {
        this.db = db;
    }

    @Override
    public Optional<Order> byId(OrderId id) {
        return db.selectFrom(CRM_ORDERS).where(IntIds.is(CRM_ORDERS.UID, id.value())).fetchOptional().map(JooqOrders::order);
    }

    @Override
    public List<Order> occupyingBetween(Instant from, Instant to) {
        requireOrdered(from, to);
        if (from.equals(to)) {
            return List.of(); // an empty window overlaps nothing
        }
        return occupying(db, from, to, Optional.empty());
    }

    @Override
    public List<Instant> startsBetween(Instant from, Instant to) {
        requireOrdered(from, to);
        return db.select(CRM_ORDERS.DATE)
                .from(CRM_ORDERS)
                .where(OCCUPYING)
                .and(CRM_ORDERS.DATE.ge(Timestamps.toDb(from)))
                .and(CRM_ORDERS.DATE.lt(Timestamps.toDb(to)))
                .orderBy(CRM_ORDERS.DATE)
                .fetch(record -> Timestamps.fromDb(record.value1()));
    }

    @Override
    public List<Order> startingBetween(Instant from, Instant to) {
        requireOrdered(from, to);
        return db.selectFrom(CRM_ORDERS)
                .where(CRM_ORDERS.DATE.ge(Timestamps.toDb(from)))
                .and(CRM_ORDERS.DATE.lt(Timestamps.toDb(to)))
                .orderBy(CRM_ORDERS.DATE, CRM_ORDERS.UID)
                .fetch(JooqOrders::order);
    }

    @Override
    public List<Order> ofClient(ClientId clientId, Page page) {
        return db.selectFrom(CRM_ORDERS)
                .where(IntIds.is(CRM_ORDERS.CLIENT_UID, clientId.value()))
                .orderBy(CRM_ORDERS.DATE.desc(), CRM_ORDERS.UID.desc())
                .limit(page.limit())
                .offset(page.offset())
                .fetch(JooqOrders::order);
    }

    @Override
    public List<Order> upcomingOfClient(ClientId clientId, Instant from) {
        return db.selectFrom(CRM_ORDERS)
                .where(IntIds.is(CRM_ORDERS.CLIENT_UID, clientId.value()))
                .and(OCCUPYING)
                .and(CRM_ORDERS.DATE.ge(Timestamps.toDb(from)))
                .orderBy(CRM_ORDERS.DATE, CRM_ORDERS.UID)
                .fetch(JooqOrders::order);
    }

    @Override
    public SaveAttempt saveIfAllowed(Order candidate, BookingPolicy policy) {
        for (int attempt = 1; ; attempt++) {
            try {
                // the context variant: inside a unit of work on this thread, a savepoint in its transaction
                return db.transactionResult(() -> checkAndSave(db, candidate, policy));
            } catch (DataAccessException e) {
                if (!SqlErrors.isLostBookingRace(e) || attempt >= MAX_ATTEMPTS) {
                    throw e;
                }
                // a concurrent booking committed a conflicting order first: check again, now seeing it
            }
        }
    }

    @Override
    public Order update(Order order) {
        return store(db, order);
    }

    private static SaveAttempt checkAndSave(DSLContext tx, Order candidate, BookingPolicy policy) {
        Slot slot = candidate.slot();
        if (tx.dialect().family() == SQLDialect.POSTGRES) {
            lockDaysOf(tx, slot);
        }
        List<Order> neighbours = occupying(tx, slot.start(), slot.end(), candidate.id());
        Optional<Refusal> refusal = policy.check(candidate, neighbours);
        if (refusal.isPresent()) {
            return new SaveAttempt.Refused(refusal.get());
        }
        return new SaveAttempt.Saved(store(tx, candidate));
    }

    /**
     * Serialises the bookings that could conflict: a transaction-scoped advisory lock for every UTC day that the
     * visit {@code [start, end)} touches, in ascending order, so that two bookings never wait on each other's locks.
     * Two overlapping visits share an instant, hence a day. Released at commit or rollback.
     */
    private static void lockDaysOf(DSLContext tx, Slot slot) {
        long first = LocalDate.ofInstant(slot.start(), ZoneOffset.UTC).toEpochDay();
        long last = LocalDate.ofInstant(slot.end().minusNanos(1), ZoneOffset.UTC).toEpochDay();
        for (long day = first; day <= Math.max(first, last); day++) {
            tx.fetch("SELECT pg_advisory_xact_lock(?, ?)", BOOKING_LOCK_SPACE, Math.toIntExact(day));
        }
    }

    /** Live orders whose visit {@code [date, rest_end)} overlaps {@code [from, to)}, by start. */
    private static List<Order> occupying(DSLContext db, Instant from, Instant to, Optional<OrderId> except) {
        Condition others = except.map(id -> IntIds.isNot(CRM_ORDERS.UID, id.value())).orElse(org.jooq.impl.DSL.noCondition());
        return db.selectFrom(CRM_ORDERS)
                .where(OCCUPYING)
                .and(CRM_ORDERS.DATE.lt(Timestamps.toDb(to)))
                .and(CRM_ORDERS.DATE.gt(Timestamps.toDb(from.minus(MAX_VISIT))))
                .and(CRM_ORDERS.REST_END.gt(Timestamps.toDb(from)))
                .and(others)
                .orderBy(CRM_ORDERS.DATE, CRM_ORDERS.UID)
                .fetch(JooqOrders::order);
    }

    private static Order store(DSLContext db, Order order) {
        Duration visit = Duration.between(order.slot().start(), order.slot().end());
        if (visit.compareTo(MAX_VISIT) > 0) {
            throw new IllegalArgumentException("a visit may last at most " + MAX_VISIT + ": " + visit);
        }
        CrmOrdersRecord columns = columns(order);
        if (order.id().isEmpty()) {
            Integer uid = db.insertInto(CRM_ORDERS).set(columns).returning(CRM_ORDERS.UID).fetchOne(CRM_ORDERS.UID);
            return order.withId(new OrderId(uid));
        }
        OrderId id = order.id().get();
        int updated = db.update(CRM_ORDERS).set(columns).where(IntIds.is(CRM_ORDERS.UID, id.value())).execute();
        if (updated == 0) {
            throw new NotFound("order", id.value());
        }
        return order;
    }

    private static CrmOrdersRecord columns(Order order) {
        Slot slot = order.slot();
        CrmOrdersRecord record = new CrmOrdersRecord();
        record.setClientUid(order.clientId().map(id -> Math.toIntExact(id.value())).orElse(null));
        record.setDate(Timestamps.toDb(slot.start()));
        record.setGametime(seconds(slot.gameTime()));
        record.setResttime(seconds(slot.restTime()));
        record.setRestroom(slot.restRoom().number());
        record.setPlayers(order.players());
        record.setPolygon(slot.polygon().code());
        record.setGametype(order.gameType().code());
        record.setGifts(order.gift().code());
        record.setStatus(order.status().code());
        record.setComment(order.comment());
        record.setGameEnd(Timestamps.toDb(slot.gameEnd()));
        record.setRestEnd(Timestamps.toDb(slot.end()));
        Audit audit = order.audit();
        record.setCreatedBy(staffIdToDb(audit.createdBy()));
        record.setCreatedAt(Timestamps.toDb(audit.createdAt()));
        record.setUpdatedBy(staffIdToDb(audit.updatedBy()));
        record.setUpdatedAt(Timestamps.toDb(audit.updatedAt()));
        // an update writes every column, the client too (null after the client was deleted)
        record.changed(CRM_ORDERS.CLIENT_UID, true);
        return record;
    }

    /** 0 (the column's default) means nobody known: orders written before the CRM recorded who. */
    private static long staffIdToDb(Optional<StaffId> id) {
        return id.map(StaffId::value).orElse(0L);
    }

    private static Order order(CrmOrdersRecord record) {
        return StoredRecords.order(record);
    }

    private static int seconds(Duration duration) {
        return Math.toIntExact(duration.toSeconds());
    }

    private static void requireOrdered(Instant from, Instant to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the window ends before it starts: " + from + " .. " + to);
        }
    }
}
