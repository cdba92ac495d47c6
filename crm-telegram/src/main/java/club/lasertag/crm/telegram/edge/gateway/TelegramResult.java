package club.lasertag.crm.telegram.edge.gateway;

import com.pengrad.telegrambot.model.ResponseParameters;
import com.pengrad.telegrambot.response.BaseResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * What became of one Bot API call. Telegram-side errors are values here, never exceptions.
 *
 * @param response pengrad's response; {@code null} only when Telegram was {@link Status#UNREACHABLE}
 * @param errorCode Telegram's {@code error_code}; 0 when OK, -1 when unreachable
 */
public record TelegramResult<R extends BaseResponse>(Status status, R response, int errorCode, String description) {

    public enum Status {
        /** Telegram did it. */
        OK,
        /** An edit changed nothing (400 "message is not modified"): harmless, the user sees the right thing. */
        NOT_MODIFIED,
        /** Telegram refused (after the allowed retries); see errorCode and description. */
        FAILED,
        /**
         * No usable answer: connection error, timeout, or a body that is not Bot API JSON. The outcome is
         * unknown: Telegram may have carried the call out before the connection failed.
         */
        UNREACHABLE
    }

    /** True when the chat now shows what the bot meant: OK or NOT_MODIFIED. */
    public boolean succeeded() {
        return status == Status.OK || status == Status.NOT_MODIFIED;
    }

    /** The response when Telegram did it ({@link Status#OK}). */
    public Optional<R> ok() {
        return status == Status.OK ? Optional.of(response) : Optional.empty();
    }

    /** Whether Telegram may or may not have carried the call out: no answer came. */
    public boolean outcomeUnknown() {
        return status == Status.UNREACHABLE;
    }

    /** 429 flood control: how long Telegram asks to wait before resending (at least a second). */
    public Optional<Duration> retryAfter() {
        if (status != Status.FAILED || errorCode != 429) {
            return Optional.empty();
        }
        ResponseParameters parameters = response.parameters();
        Integer seconds = parameters == null ? null : parameters.retryAfter();
        return Optional.of(Duration.ofSeconds(seconds == null || seconds < 1 ? 1 : seconds));
    }

    /** A 5xx: Telegram's side failed for now; the same call may well work a moment later. */
    public boolean serverError() {
        return status == Status.FAILED && errorCode >= 500 && errorCode <= 599;
    }

    /**
     * Telegram definitively refused an edit because the message cannot be edited (deleted, too old, not the bot's):
     * the only case in which showing a screen falls back to sending it as a new message.
     */
    public boolean messageCannotBeEdited() {
        return status == Status.FAILED && errorCode == 400 && description != null
                && (description.contains("message to edit not found") || description.contains("message can't be edited")
                        || description.contains("there is no text in the message to edit")); // a photo or document
    }

    static <R extends BaseResponse> TelegramResult<R> of(R response) {
        if (response.isOk()) {
            return new TelegramResult<>(Status.OK, response, 0, null);
        }
        if (response.errorCode() == 0) {
            // Neither ok nor an error: not the Bot API speaking (a proxy's page, a truncated body).
            return unreachable("malformed response");
        }
        Status status = isNotModified(response) ? Status.NOT_MODIFIED : Status.FAILED;
        return new TelegramResult<>(status, response, response.errorCode(), response.description());
    }

    static <R extends BaseResponse> TelegramResult<R> unreachable(String description) {
        return new TelegramResult<>(Status.UNREACHABLE, null, -1, description);
    }

    private static boolean isNotModified(BaseResponse response) {
        return response.errorCode() == 400 && response.description() != null
                && response.description().contains("message is not modified");
    }
}
