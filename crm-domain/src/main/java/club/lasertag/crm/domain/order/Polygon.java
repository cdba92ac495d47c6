package club.lasertag.crm.domain.order;

import club.lasertag.crm.domain.common.Coded;

/** A playing field. Stored as its code in {@code crm_orders.polygon}. */
public enum Polygon implements Coded {
    ARENA, PARK, FOREST;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }

    public static Polygon ofCode(String code) {
        return Coded.parse(Polygon.class, "polygon", code);
    }
}
