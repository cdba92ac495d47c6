package club.lasertag.crm.botapi;

/**
 * A failure the emulator injects instead of running a method, for testing the bot's error handling.
 *
 * @param retryAfter seconds for {@code parameters.retry_after}, or {@code null}
 * @param dropConnection close the connection without any HTTP response
 */
public record Fault(int errorCode, String description, Integer retryAfter, boolean dropConnection) {

    /** 429 with {@code parameters.retry_after}, as Telegram's flood control replies. */
    public static Fault tooManyRequests(int retryAfterSeconds) {
        return new Fault(429, "Too Many Requests: retry after " + retryAfterSeconds, retryAfterSeconds, false);
    }

    public static Fault internalServerError() {
        return new Fault(500, "Internal Server Error", null, false);
    }

    public static Fault error(int errorCode, String description) {
        return new Fault(errorCode, description, null, false);
    }

    /** The server closes the socket without replying; the client sees an I/O error. */
    public static Fault droppedConnection() {
        return new Fault(-1, "connection dropped", null, true);
    }
}
