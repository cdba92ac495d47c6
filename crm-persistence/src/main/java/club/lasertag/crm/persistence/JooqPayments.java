package club.lasertag.crm.persistence;

import static club.lasertag.crm.persistence.jooq.Tables.CRM_PAYMENTS;

import club.lasertag.crm.domain.money.Money;
import club.lasertag.crm.domain.money.Payment;
import club.lasertag.crm.domain.money.PaymentId;
import club.lasertag.crm.domain.money.PaymentKind;
import club.lasertag.crm.domain.money.PaymentMethod;
import club.lasertag.crm.domain.order.OrderId;
import club.lasertag.crm.domain.port.out.Payments;
import club.lasertag.crm.domain.staff.StaffId;
import club.lasertag.crm.persistence.jooq.tables.records.CrmPaymentsRecord;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

/** {@link Payments} in {@code crm_payments}; rows are inserted only. */
final class JooqPayments implements Payments {

    private final DSLContext db;

    JooqPayments(DSLContext db) {
        this.db = db;
    }

    @Override
    public Payment add(Payment payment) {
        Number id = db.insertInto(CRM_PAYMENTS)
                .set(CRM_PAYMENTS.ORDER_UID, Math.toIntExact(payment.order().value()))
                .set(CRM_PAYMENTS.KIND, payment.kind().code())
                .set(CRM_PAYMENTS.AMOUNT, payment.amount().minorUnits())
                .set(CRM_PAYMENTS.METHOD, payment.method().code())
                .set(CRM_PAYMENTS.CREATED_BY, payment.by().value())
                .set(CRM_PAYMENTS.CREATED_AT, Timestamps.toDb(payment.at()))
                .set(CRM_PAYMENTS.NOTE, payment.note())
                .returning(CRM_PAYMENTS.ID)
                .fetchOne(CRM_PAYMENTS.ID);
        return payment.withId(new PaymentId(id.longValue()));
    }

    @Override
    public List<Payment> ofOrder(OrderId order) {
        return db.selectFrom(CRM_PAYMENTS).where(IntIds.is(CRM_PAYMENTS.ORDER_UID, order.value()))
                .orderBy(CRM_PAYMENTS.ID).fetch(JooqPayments::payment);
    }

    @Override
    public Map<OrderId, List<Payment>> ofOrders(Collection<OrderId> orders) {
        if (orders.isEmpty()) {
            return Map.of();
        }
        return db.selectFrom(CRM_PAYMENTS)
                .where(CRM_PAYMENTS.ORDER_UID.in(orders.stream().map(OrderId::value).filter(id -> id <= Integer.MAX_VALUE)
                        .map(Long::intValue).toList()))
                .orderBy(CRM_PAYMENTS.ID)
                .fetch(JooqPayments::payment).stream()
                .collect(Collectors.groupingBy(Payment::order, LinkedHashMap::new, Collectors.toList()));
    }

    private static Payment payment(CrmPaymentsRecord row) {
        return new Payment(Optional.of(new PaymentId(row.getId())), new OrderId(row.getOrderUid()),
                PaymentKind.ofCode(row.getKind()), Money.ofMinor(row.getAmount()), PaymentMethod.ofCode(row.getMethod()),
                new StaffId(row.getCreatedBy()), Timestamps.fromDb(row.getCreatedAt()), row.getNote());
    }
}
