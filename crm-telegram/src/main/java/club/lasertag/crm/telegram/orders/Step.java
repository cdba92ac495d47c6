package club.lasertag.crm.telegram.orders;

import club.lasertag.crm.telegram.chat.FlowStep;

import java.util.Arrays;
import java.util.Optional;

/** The questions of the booking dialog, in the order a new booking asks them; the code is the dialog step. */
enum Step implements FlowStep {
    CLIENT("client", "client"),
    DATE("date", "date"),
    POLYGON("polygon", "polygon"),
    GAME("game", "gameTime"),
    START("start", "start"),
    ROOM("room", "restroom"),
    REST("rest", "restTime"),
    PLAYERS("players", "players"),
    TYPE("type", "gametype"),
    GIFT("gift", "gifts"),
    COMMENT("comment", "comment"),
    SUMMARY("summary", "summary");

    private final String code;
    private final String field;

    Step(String code, String field) {
        this.code = code;
        this.field = field;
    }

    /** The domain's name of the field, as validation errors name it. */
    String field() {
        return field;
    }

    @Override
    public String code() {
        return code;
    }

    /** The next question of a new booking. */
    Step following() {
        return this == SUMMARY ? SUMMARY : values()[ordinal() + 1];
    }

    static Optional<Step> ofCode(String code) {
        return Arrays.stream(values()).filter(step -> step.code.equals(code)).findFirst();
    }
}
