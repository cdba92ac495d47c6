package club.lasertag.crm.telegram.chat;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** An inline button: a label and the callback data it sends back (at most 64 bytes, Telegram's limit). */
public record Button(String label, String data) {

    public static final int MAX_DATA_BYTES = 64;

    public Button {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(data, "data");
        if (data.isEmpty() || data.getBytes(StandardCharsets.UTF_8).length > MAX_DATA_BYTES) {
            throw new IllegalArgumentException("callback data must be 1.." + MAX_DATA_BYTES + " bytes: " + data);
        }
    }
}
