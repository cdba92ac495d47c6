package club.lasertag.crm.botapi;

/**
 * A failure the emulator injects instead of running a method, for testing the bot's error handling.
 *
 * @param retryAfter seconds for {@code parameters.retry_after}, or {@code null}
 * @param dropConnection close the connection without any HTTP response
 * @param afterDoing carry out the method first (then fail): the client cannot tell that it happened
 */
public record Fault(int errorCode, String description, Integer retryAfter, boolean dropConnection, boolean afterDoing) {

    /** A fault instead of the method: Telegram did nothing. */
    public Fault(int errorCode, String description, Integer retryAfter, boolean dropConnection) {
        this(errorCode, description, retryAfter, dropConnection, false);
    }

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

    /** The server closes the socket without replying (and without doing anything); the client sees an I/O error. */
    public static Fault droppedConnection() {
        return new Fault(-1, "connection dropped", null, true);
    }

    /**
     * The server does what was asked (a message is sent, an edit lands), then closes the socket without replying:
     * the client sees an I/O error and cannot know whether it happened, as after a network failure in production.
     */
    public static Fault droppedConnectionAfterDoing() {
        return new Fault(-1, "connection dropped after doing it", null, true, true);
    }
}
