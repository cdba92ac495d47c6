package club.lasertag.crm.telegram.edge.gateway;

import com.pengrad.telegrambot.response.BaseResponse;
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
        /** Telegram refused (after the allowed retries for 429); see errorCode and description. */
        FAILED,
        /** No usable answer: connection error, timeout or a body that is not Bot API JSON. */
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

    static <R extends BaseResponse> TelegramResult<R> of(R response) {
        if (response.isOk()) {
            return new TelegramResult<>(Status.OK, response, 0, null);
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
