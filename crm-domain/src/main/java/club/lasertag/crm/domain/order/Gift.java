package club.lasertag.crm.domain.order;

import club.lasertag.crm.domain.common.Coded;

/** What the players take home. Stored as its code in {@code crm_orders.gifts}. */
public enum Gift implements Coded {
    BANDANA, BULLETS, DOGTAG, SNOOD, WITHOUT;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }

    public static Gift ofCode(String code) {
        return Coded.parse(Gift.class, "gifts", code);
    }
}
