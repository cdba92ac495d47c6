package club.lasertag.crm.telegram.edge.gateway;

import com.pengrad.telegrambot.TelegramBot;
import com.pengrad.telegrambot.model.ResponseParameters;
import com.pengrad.telegrambot.request.BaseRequest;
import com.pengrad.telegrambot.response.BaseResponse;
import java.time.Duration;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way the bot calls Telegram: wraps pengrad's {@code execute}, checks {@code isOk()}, waits
 * out 429 flood control ({@code parameters.retry_after}) and resends a bounded number of times,
 * treats "message is not modified" as success and turns every other failure into a
 * {@link TelegramResult} (logged without the bot token) instead of an exception.
 *
 * <p>Only 429 is retried: Telegram guarantees a 429 request was not carried out, while after a
 * dropped connection a resent sendMessage could show twice.
 */
public final class TelegramGateway {

    public static final int DEFAULT_MAX_RETRIES = 3;
    public static final Duration DEFAULT_MAX_RETRY_AFTER = Duration.ofSeconds(60);

    private static final Logger log = LoggerFactory.getLogger(TelegramGateway.class);

    private final TelegramBot bot;
    private final Sleeper sleeper;
    private final int maxRetries;
    private final Duration maxRetryAfter;

    public TelegramGateway(TelegramBot bot) {
        this(bot, Sleeper.REAL, DEFAULT_MAX_RETRIES, DEFAULT_MAX_RETRY_AFTER);
    }

    /**
     * @param maxRetries how many times one request is resent after 429s
     * @param maxRetryAfter a longer {@code retry_after} is not waited for: the call fails at once
     */
    public TelegramGateway(TelegramBot bot, Sleeper sleeper, int maxRetries, Duration maxRetryAfter) {
        this.bot = Objects.requireNonNull(bot, "bot");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must be >= 0: " + maxRetries);
        }
        this.maxRetries = maxRetries;
        this.maxRetryAfter = Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
    }

    /** Sends {@code request}; never throws for a Telegram-side or network failure. */
    public <T extends BaseRequest<T, R>, R extends BaseResponse> TelegramResult<R> execute(BaseRequest<T, R> request) {
        String method = request.getMethod();
        for (int attempt = 0; ; attempt++) {
            TelegramResult<R> result = sendOnce(request);
            Duration wait = retryAfter(result);
            if (wait == null) {
                return logged(method, result);
            }
            if (attempt >= maxRetries || wait.compareTo(maxRetryAfter) > 0) {
                log.warn("Telegram {} still rate limited after {} retr{} (retry_after {}s); giving up",
                        method, attempt, attempt == 1 ? "y" : "ies", wait.toSeconds());
                return result;
            }
            log.info("Telegram {} rate limited; resending in {}s", method, wait.toSeconds());
            try {
                sleeper.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                log.warn("Telegram {} not resent: interrupted while waiting out a 429", method);
                return result;
            }
        }
    }

    private <T extends BaseRequest<T, R>, R extends BaseResponse> TelegramResult<R> sendOnce(BaseRequest<T, R> request) {
        try {
            R response = bot.execute(request);
            if (response == null) {
                return TelegramResult.unreachable("empty response");
            }
            return TelegramResult.of(response);
        } catch (RuntimeException e) {
            // pengrad wraps I/O errors in RuntimeException; their messages carry the URL, token included.
            return TelegramResult.unreachable(redact(describe(e)));
        }
    }

    private static Duration retryAfter(TelegramResult<?> result) {
        if (result.status() != TelegramResult.Status.FAILED || result.errorCode() != 429) {
            return null;
        }
        ResponseParameters parameters = result.response().parameters();
        Integer seconds = parameters == null ? null : parameters.retryAfter();
        return Duration.ofSeconds(seconds == null || seconds < 1 ? 1 : seconds);
    }

    private <R extends BaseResponse> TelegramResult<R> logged(String method, TelegramResult<R> result) {
        switch (result.status()) {
            case OK -> { }
            case NOT_MODIFIED -> log.debug("Telegram {}: message not modified (ignored)", method);
            case FAILED -> log.warn("Telegram {} failed: {} {}", method, result.errorCode(), redact(result.description()));
            case UNREACHABLE -> log.warn("Telegram {} unreachable: {}", method, result.description());
        }
        return result;
    }

    private static String describe(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }

    /** Removes the bot token (and its secret half alone) from text bound for the log. */
    public String redact(String text) {
        return redact(text, bot.getToken());
    }

    static String redact(String text, String token) {
        if (text == null || token == null || token.isEmpty()) {
            return text;
        }
        String redacted = text.replace(token, "<token>");
        int colon = token.indexOf(':');
        if (colon >= 0 && colon + 1 < token.length()) {
            redacted = redacted.replace(token.substring(colon + 1), "<token>");
        }
        return redacted;
    }
}
