package club.lasertag.crm.domain.order;

import club.lasertag.crm.domain.common.InvalidInput;

/** The rest room a group takes after its game, or none. Stored as 0, 1 or 2 in {@code crm_orders.restroom}. */
public enum RestRoom {
    NONE(0), ROOM_1(1), ROOM_2(2);

    private final int number;

    RestRoom(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    public boolean isTaken() {
        return this != NONE;
    }

    public static RestRoom ofNumber(int number) {
        for (RestRoom room : values()) {
            if (room.number == number) {
                return room;
            }
        }
        throw new InvalidInput("restroom", InvalidInput.Problem.OUT_OF_RANGE, number, 0, 2);
    }
}
