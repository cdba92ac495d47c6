package club.lasertag.crm.domain.audit;

import club.lasertag.crm.domain.client.ClientProfile;
import club.lasertag.crm.domain.client.Phone;
import club.lasertag.crm.domain.money.Money;
import club.lasertag.crm.domain.money.OrderPrice;
import club.lasertag.crm.domain.order.Order;
import club.lasertag.crm.domain.staff.StaffMember;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The audited fields of each kind of record, as text, for {@link AuditEntry#diff}. Field names are the stored
 * columns' where there is one, so a reader of the log and of the tables speak the same names.
 */
public final class Snapshots {

    private Snapshots() {
    }

    /** An order's fields, its start in the club's time ({@code 2030-06-01T18:00}). */
    public static Map<String, String> of(Order order, ZoneId zone) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("client_uid", order.clientId().map(id -> String.valueOf(id.value())).orElse(""));
        fields.put("date", LocalDateTime.ofInstant(order.slot().start(), zone).toString());
        fields.put("gametime", String.valueOf(order.slot().gameTime().toMinutes()));
        fields.put("polygon", order.slot().polygon().code());
        fields.put("restroom", String.valueOf(order.slot().restRoom().number()));
        fields.put("resttime", String.valueOf(order.slot().restTime().toMinutes()));
        fields.put("players", String.valueOf(order.players()));
        fields.put("gametype", order.gameType().code());
        fields.put("gifts", order.gift().code());
        fields.put("status", order.status().code());
        fields.put("comment", order.comment());
        return fields;
    }

    /** An order's price: the total, and the override's reason when there is one. */
    public static Map<String, String> of(OrderPrice price) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("price", money(price.total()));
        fields.put("price_reason", price.override().map(override -> override.reason()).orElse(""));
        return fields;
    }

    public static Map<String, String> of(ClientProfile profile) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("surname", profile.surname());
        fields.put("name", profile.name());
        fields.put("midname", profile.midname());
        fields.put("phone", profile.phone().e164());
        fields.put("secondphone", profile.secondPhone().map(Phone::e164).orElse(""));
        fields.put("description", profile.description());
        fields.put("from", profile.leadSource());
        return fields;
    }

    public static Map<String, String> of(StaffMember member) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("display_name", member.displayName());
        fields.put("role", member.role().code());
        return fields;
    }

    /** An amount as plain decimal text in major units ({@code 12500.00}). */
    public static String money(Money amount) {
        return amount.toString();
    }
}
