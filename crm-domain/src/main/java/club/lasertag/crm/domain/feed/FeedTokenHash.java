package club.lasertag.crm.domain.feed;

import java.util.Objects;
import java.util.regex.Pattern;

/** The SHA-256 of a {@link FeedToken}, 64 lower-case hex digits: what the store keeps and looks tokens up by. */
public record FeedTokenHash(String hex) {

    private static final Pattern FORM = Pattern.compile("[0-9a-f]{64}");

    public FeedTokenHash {
        Objects.requireNonNull(hex, "hex");
        if (!FORM.matcher(hex).matches()) {
            throw new IllegalArgumentException("not a SHA-256 in hex: " + hex);
        }
    }
}
