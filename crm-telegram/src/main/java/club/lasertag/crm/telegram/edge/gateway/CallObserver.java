package club.lasertag.crm.telegram.edge.gateway;

/** Told of every Bot API call Telegram refused or did not answer, each attempt: for metrics. Must not throw. */
public interface CallObserver {

    /** Tells nothing. */
    CallObserver NONE = new CallObserver() {
    };

    /**
     * One attempt of {@code method} failed.
     *
     * @param code Telegram's error code ({@code "429"}, {@code "400"}) or {@code "unreachable"} when no usable answer
     *             came
     */
    default void callFailed(String method, String code) {
    }
}
