package club.lasertag.crm.domain.order;

import club.lasertag.crm.domain.common.Coded;

/** What kind of game is booked. Stored as its code in {@code crm_orders.gametype}. */
public enum GameType implements Coded {
    GAME, BIRTHDAY, QUEST;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }

    public static GameType ofCode(String code) {
        return Coded.parse(GameType.class, "gametype", code);
    }
}
