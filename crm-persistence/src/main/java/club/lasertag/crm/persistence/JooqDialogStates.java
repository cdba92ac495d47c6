package club.lasertag.crm.persistence;

import static club.lasertag.crm.persistence.jooq.Tables.CRM_DIALOG_STATE;

import club.lasertag.crm.chat.dialog.DialogState;
import club.lasertag.crm.chat.dialog.DialogStates;
import club.lasertag.crm.persistence.jooq.tables.records.CrmDialogStateRecord;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jooq.DSLContext;

/**
 * {@link DialogStates} in {@code crm_dialog_state}. The answers are one text column of URL-encoded
 * {@code key=value} pairs joined by {@code &}: every string survives the round trip, new lines, {@code =},
 * {@code &} and emoji included.
 */
final class JooqDialogStates implements DialogStates {

    private final DSLContext db;

    JooqDialogStates(DSLContext db) {
        this.db = db;
    }

    @Override
    public Optional<DialogState> of(long chatId) {
        return db.selectFrom(CRM_DIALOG_STATE)
                .where(CRM_DIALOG_STATE.CHAT_ID.eq(chatId))
                .fetchOptional()
                .map(JooqDialogStates::state);
    }

    @Override
    public void save(DialogState state) {
        String answers = encode(state.answers());
        var updatedAt = Timestamps.toDb(state.updatedAt());
        db.insertInto(CRM_DIALOG_STATE)
                .set(CRM_DIALOG_STATE.CHAT_ID, state.chatId())
                .set(CRM_DIALOG_STATE.FLOW, state.flow())
                .set(CRM_DIALOG_STATE.STEP, state.step())
                .set(CRM_DIALOG_STATE.ANSWERS, answers)
                .set(CRM_DIALOG_STATE.UPDATED_AT, updatedAt)
                .onConflict(CRM_DIALOG_STATE.CHAT_ID)
                .doUpdate()
                .set(CRM_DIALOG_STATE.FLOW, state.flow())
                .set(CRM_DIALOG_STATE.STEP, state.step())
                .set(CRM_DIALOG_STATE.ANSWERS, answers)
                .set(CRM_DIALOG_STATE.UPDATED_AT, updatedAt)
                .execute();
    }

    @Override
    public void clear(long chatId) {
        db.deleteFrom(CRM_DIALOG_STATE).where(CRM_DIALOG_STATE.CHAT_ID.eq(chatId)).execute();
    }

    private static DialogState state(CrmDialogStateRecord record) {
        return new DialogState(record.getChatId(), record.getFlow(), record.getStep(), decode(record.getAnswers()),
                Timestamps.fromDb(record.getUpdatedAt()));
    }

    /** Sorted by key, so the same answers always give the same text. */
    static String encode(Map<String, String> answers) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(answers).forEach((key, value) -> {
            if (text.length() > 0) {
                text.append('&');
            }
            text.append(URLEncoder.encode(key, StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        });
        return text.toString();
    }

    static Map<String, String> decode(String text) {
        Map<String, String> answers = new LinkedHashMap<>();
        if (text.isEmpty()) {
            return answers;
        }
        for (String pair : text.split("&", -1)) {
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            answers.put(URLDecoder.decode(key, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return answers;
    }
}
