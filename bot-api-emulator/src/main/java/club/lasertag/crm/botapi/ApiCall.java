package club.lasertag.crm.botapi;

import java.time.Instant;
import java.util.Map;

/**
 * One Bot API request the bot made, with its outcome ({@code errorCode} 0 when it succeeded, -1
 * when the emulator dropped the connection).
 */
public record ApiCall(String method, Map<String, String> params, int errorCode, String description, Instant at) {

    public ApiCall {
        params = Map.copyOf(params);
    }

    public boolean succeeded() {
        return errorCode == 0;
    }
}
