package club.lasertag.crm.telegram.edge.gateway;

import com.pengrad.telegrambot.TelegramBot;
import java.time.Duration;
import okhttp3.OkHttpClient;

/**
 * Builds pengrad's client the one way the bot (the app and the tests alike) uses it: on an OkHttp client that
 * never resends a request by itself and gives up on a silent server in bounded time.
 *
 * <p>OkHttp's default {@code retryOnConnectionFailure} silently resends a request whose connection failed, even
 * after Telegram carried it out: a dropped connection then shows a message twice. Whether to resend is decided by
 * {@link TelegramGateway} alone, from what the failure says. Its sockets send at once ({@link NoDelaySockets}).
 */
public final class TelegramClients {

    /** How long a getUpdates long poll waits on Telegram's side for an update. */
    public static final int LONG_POLL_SECONDS = 25;

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration WRITE_TIMEOUT = Duration.ofSeconds(30);
    /** A long poll plus a margin: longer than any answer Telegram takes, so pengrad keeps this client for polls. */
    static final Duration READ_TIMEOUT = Duration.ofSeconds(LONG_POLL_SECONDS + 15);

    private TelegramClients() {
    }

    /**
     * @param apiUrl the Bot API base with {@code /bot} appended, e.g. {@code https://api.telegram.org/bot}
     */
    public static TelegramBot create(String token, String apiUrl) {
        return new TelegramBot.Builder(token).apiUrl(apiUrl).okHttpClient(httpClient()).build();
    }

    static OkHttpClient httpClient() {
        return new OkHttpClient.Builder()
                .retryOnConnectionFailure(false)
                .socketFactory(new NoDelaySockets())
                .connectTimeout(CONNECT_TIMEOUT)
                .writeTimeout(WRITE_TIMEOUT)
                .readTimeout(READ_TIMEOUT)
                .build();
    }
}
