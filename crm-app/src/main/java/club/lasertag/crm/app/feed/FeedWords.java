package club.lasertag.crm.app.feed;

import club.lasertag.crm.domain.order.GameType;
import club.lasertag.crm.domain.order.OrderStatus;
import club.lasertag.crm.domain.order.Polygon;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The feed's words ({@code words.properties} beside this class): Russian, or English for {@code ?lang=en}. */
final class FeedWords {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private final Locale locale;
    private final ResourceBundle bundle;

    private FeedWords(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("club.lasertag.crm.app.feed.words", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static FeedWords of(Locale locale) {
        return new FeedWords(Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH : RUSSIAN);
    }

    String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    String polygon(Polygon polygon) {
        return get("polygon." + polygon.code());
    }

    String gameType(GameType type) {
        return get("gametype." + type.code());
    }

    String status(OrderStatus status) {
        return get("status." + status.code());
    }
}
