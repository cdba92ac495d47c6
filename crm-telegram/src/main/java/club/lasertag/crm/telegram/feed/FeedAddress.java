package club.lasertag.crm.telegram.feed;

import club.lasertag.crm.domain.feed.FeedToken;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Where staff's calendars fetch their feeds: {@code <public URL>/feed/<token>.ics}, with {@code ?lang=en} for
 * English speakers (the feed's words follow it). Empty when the app serves no feed (no {@code CRM_FEED_PORT}).
 */
public record FeedAddress(Optional<String> publicUrl) {

    /** The path the feed server answers, before the token. */
    public static final String PATH = "/feed/";
    public static final String SUFFIX = ".ics";

    public FeedAddress {
        Objects.requireNonNull(publicUrl, "publicUrl");
        publicUrl = publicUrl.map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
    }

    public static FeedAddress off() {
        return new FeedAddress(Optional.empty());
    }

    public boolean isOn() {
        return publicUrl.isPresent();
    }

    /** The feed's address for this token, in {@code locale}'s language. */
    public String of(FeedToken token, Locale locale) {
        String base = publicUrl.orElseThrow(() -> new IllegalStateException("the feed is off"));
        String language = Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? "?lang=en" : "";
        return base + PATH + token.value() + SUFFIX + language;
    }
}
