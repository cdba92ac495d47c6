package club.lasertag.crm.telegram.edge.gateway;

import com.pengrad.telegrambot.Callback;
import com.pengrad.telegrambot.Cancellable;
import com.pengrad.telegrambot.TelegramBot;
import com.pengrad.telegrambot.request.BaseRequest;
import com.pengrad.telegrambot.response.BaseResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way the bot calls Telegram: wraps pengrad's {@code execute}, checks {@code isOk()}, treats "message is
 * not modified" as success and turns every other failure into a {@link TelegramResult} (logged without the bot
 * token) instead of an exception. It alone decides whether to resend (pengrad's HTTP client never does, see
 * {@link TelegramClients}), by what the failure says:
 * <ul>
 *   <li>429: Telegram did nothing and says when to come back ({@code retry_after}): wait that long and resend, as
 *       long as the waits of this call stay within a time budget;</li>
 *   <li>5xx: Telegram failed for now: resend after an exponential backoff with jitter, a bounded number of times
 *       and within the same budget;</li>
 *   <li>no usable answer (connection dropped, timeout, empty or malformed body): the outcome is unknown. The call
 *       is resent as it was, with backoff like a 5xx: an edit resent is the same edit (if the first one landed,
 *       Telegram answers "message is not modified", which counts as success), and a sendMessage resent may show
 *       the message twice. The bot accepts that: a reply may appear twice (once more per unknown outcome,
 *       which is rare) but is never given up while the budget lasts. Callers must not turn an unknown outcome
 *       into a different call, such as a new message in place of an edit;</li>
 *   <li>any other 4xx: Telegram refused the call as it is; resending changes nothing.</li>
 * </ul>
 * The waits block the calling thread, so they delay only the chat whose reply is being sent once updates of
 * different chats run concurrently.
 */
public final class TelegramGateway {

    /** The longest one call may spend waiting between its attempts. */
    public static final Duration DEFAULT_WAIT_BUDGET = Duration.ofSeconds(90);
    /** Attempts of one call that fails with 5xx or an unknown outcome (429s do not count: they have their own wait). */
    public static final int DEFAULT_MAX_ATTEMPTS = 6;
    static final Backoff DEFAULT_BACKOFF = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(8));

    private static final Logger log = LoggerFactory.getLogger(TelegramGateway.class);

    private final TelegramBot bot;
    private final Sleeper sleeper;
    private final Duration waitBudget;
    private final int maxAttempts;
    private final Backoff backoff;
    private final CallObserver observer;

    /** @param bot made by {@link TelegramClients#create}, so that nothing below resends on its own */
    public TelegramGateway(TelegramBot bot) {
        this(bot, Sleeper.REAL);
    }

    /** @param sleeper how to wait between attempts; tests pass one that records the waits */
    public TelegramGateway(TelegramBot bot, Sleeper sleeper) {
        this(bot, sleeper, CallObserver.NONE);
    }

    /** @param observer told of every failed attempt (Telegram's error code), for metrics */
    public TelegramGateway(TelegramBot bot, Sleeper sleeper, CallObserver observer) {
        this(bot, sleeper, DEFAULT_WAIT_BUDGET, DEFAULT_MAX_ATTEMPTS, DEFAULT_BACKOFF, observer);
    }

    TelegramGateway(TelegramBot bot, Sleeper sleeper, Duration waitBudget, int maxAttempts, Backoff backoff) {
        this(bot, sleeper, waitBudget, maxAttempts, backoff, CallObserver.NONE);
    }

    TelegramGateway(TelegramBot bot, Sleeper sleeper, Duration waitBudget, int maxAttempts, Backoff backoff,
            CallObserver observer) {
        this.bot = Objects.requireNonNull(bot, "bot");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.waitBudget = Objects.requireNonNull(waitBudget, "waitBudget");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be >= 1: " + maxAttempts);
        }
        this.maxAttempts = maxAttempts;
        this.backoff = Objects.requireNonNull(backoff, "backoff");
        this.observer = Objects.requireNonNull(observer, "observer");
    }

    /**
     * Sends {@code request}, resending as the class describes; never throws for a Telegram-side or network failure.
     * Returns early (with the last failure) if the thread is interrupted while waiting to resend.
     */
    public <T extends BaseRequest<T, R>, R extends BaseResponse> TelegramResult<R> execute(BaseRequest<T, R> request) {
        String method = request.getMethod();
        Duration waited = Duration.ZERO;
        for (int attempt = 1; ; attempt++) {
            TelegramResult<R> result = observed(method, sendOnce(request));
            Optional<Duration> wait = nextWait(result, attempt);
            if (wait.isEmpty()) {
                return logged(method, result, attempt);
            }
            if (waited.plus(wait.get()).compareTo(waitBudget) > 0) {
                log.warn("Telegram {} gave up after {} attempt(s) over {}s of waiting (next wait {}s would pass the "
                        + "{}s budget): {}", method, attempt, waited.toSeconds(), wait.get().toSeconds(),
                        waitBudget.toSeconds(), describe(result));
                return result;
            }
            log.info("Telegram {} attempt {} failed ({}); resending in {} ms", method, attempt, describe(result),
                    wait.get().toMillis());
            try {
                sleeper.sleep(wait.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                log.warn("Telegram {} not resent: interrupted while waiting ({})", method, describe(result));
                return result;
            }
            waited = waited.plus(wait.get());
        }
    }

    /**
     * Sends {@code request} once, never resending: for the long poll, whose caller paces its own retries. An
     * interrupt of the calling thread cancels the call at once (a long poll may otherwise block for
     * {@link TelegramClients#LONG_POLL_SECONDS}); the result is then {@link TelegramResult.Status#UNREACHABLE} and
     * the thread stays interrupted.
     */
    @SuppressWarnings("unchecked")
    public <T extends BaseRequest<T, R>, R extends BaseResponse> TelegramResult<R> executeOnce(BaseRequest<T, R> request) {
        CompletableFuture<R> answer = new CompletableFuture<>();
        Cancellable call;
        try {
            call = bot.execute((T) request, new Callback<T, R>() {
                @Override
                public void onResponse(T sent, R response) {
                    answer.complete(response);
                }

                @Override
                public void onFailure(T sent, IOException e) {
                    answer.completeExceptionally(e);
                }
            });
        } catch (RuntimeException e) {
            return TelegramResult.unreachable(redact(rootCause(e)));
        }
        try {
            R response = answer.get();
            return observed(request.getMethod(),
                    response == null ? TelegramResult.unreachable("empty response") : TelegramResult.of(response));
        } catch (InterruptedException e) {
            call.cancel();
            Thread.currentThread().interrupt();
            return TelegramResult.unreachable("interrupted"); // the bot is stopping: not Telegram's failure
        } catch (ExecutionException e) {
            return observed(request.getMethod(), TelegramResult.unreachable(redact(rootCause(e.getCause()))));
        }
    }

    /** Tells the observer of a failed attempt: Telegram's error code, or "unreachable". */
    private <R extends BaseResponse> TelegramResult<R> observed(String method, TelegramResult<R> result) {
        if (result.status() == TelegramResult.Status.FAILED) {
            observer.callFailed(method, String.valueOf(result.errorCode()));
        } else if (result.status() == TelegramResult.Status.UNREACHABLE) {
            observer.callFailed(method, "unreachable");
        }
        return result;
    }

    /** How long to wait before resending, or empty if the result is final. */
    private Optional<Duration> nextWait(TelegramResult<?> result, int attempt) {
        if (result.succeeded()) {
            return Optional.empty();
        }
        Optional<Duration> retryAfter = result.retryAfter();
        if (retryAfter.isPresent()) {
            return retryAfter;
        }
        if ((result.serverError() || result.outcomeUnknown()) && attempt < maxAttempts) {
            return Optional.of(backoff.after(attempt));
        }
        return Optional.empty();
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
            return TelegramResult.unreachable(redact(rootCause(e)));
        }
    }

    private <R extends BaseResponse> TelegramResult<R> logged(String method, TelegramResult<R> result, int attempts) {
        String after = attempts == 1 ? "" : " (after " + attempts + " attempts)";
        switch (result.status()) {
            case OK -> {
                if (attempts > 1) {
                    log.info("Telegram {} done{}", method, after);
                }
            }
            case NOT_MODIFIED -> log.debug("Telegram {}: message not modified (ignored){}", method, after);
            case FAILED, UNREACHABLE -> log.warn("Telegram {} failed{}: {}", method, after, describe(result));
        }
        return result;
    }

    /** The failure in one line for the log, without the token. */
    public String describe(TelegramResult<?> result) {
        return switch (result.status()) {
            case OK -> "ok";
            case NOT_MODIFIED -> "not modified";
            case FAILED -> result.errorCode() + " " + redact(result.description());
            case UNREACHABLE -> "no answer: " + result.description();
        };
    }

    private static String rootCause(Throwable error) {
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
