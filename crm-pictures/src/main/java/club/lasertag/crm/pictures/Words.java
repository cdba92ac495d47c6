package club.lasertag.crm.pictures;

import club.lasertag.crm.domain.order.GameType;
import club.lasertag.crm.domain.order.OrderStatus;
import club.lasertag.crm.domain.order.Polygon;
import club.lasertag.crm.domain.order.RestRoom;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The words on the pictures, from {@code i18n/pictures*.properties}: Russian by default, English for English. */
final class Words {

    private final ResourceBundle bundle;
    private final Locale locale;

    Words(Locale locale) {
        this.locale = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("ru");
        this.bundle = ResourceBundle.getBundle("club.lasertag.crm.pictures.i18n.pictures",
                "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    Locale locale() {
        return locale;
    }

    String get(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    String field(Polygon field) {
        return get("field." + field.code());
    }

    String room(RestRoom room) {
        return get("room." + room.number());
    }

    String status(OrderStatus status) {
        return get("status." + status.name().toLowerCase(Locale.ROOT));
    }

    String shortStatus(OrderStatus status) {
        return get("status.short." + status.name().toLowerCase(Locale.ROOT));
    }

    String gameType(GameType type) {
        return get("gametype." + type.code());
    }
}
