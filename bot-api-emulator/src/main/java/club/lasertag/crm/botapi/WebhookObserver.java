package club.lasertag.crm.botapi;

import java.net.http.HttpHeaders;

/**
 * Told of each webhook post the emulator made, answered or not: for a test that posts the same update elsewhere too
 * (a duplicated delivery, another instance), or looks at which instance behind a proxy answered.
 */
@FunctionalInterface
public interface WebhookObserver {

    /**
     * @param status  the HTTP status of the answer, or -1 when the webhook could not be reached
     * @param headers the answer's headers (empty when unreachable)
     */
    void posted(int updateId, String json, int status, HttpHeaders headers);
}
