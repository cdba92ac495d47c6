package club.lasertag.crm.app;

import java.util.Locale;

/**
 * How log lines look, by {@code CRM_LOG_FORMAT}: {@code text} (the default, for a terminal) or {@code json} (one
 * object per line, for log collectors). logback.xml picks its appender by the system property this sets, so it
 * must be selected before the first logger is created.
 */
enum LogFormat {
    TEXT, JSON;

    static final String SETTING = "CRM_LOG_FORMAT";
    /** The system property logback.xml reads; its value is the name of an appender there. */
    static final String PROPERTY = "crm.log.format";

    static LogFormat from(Settings settings) {
        String value = settings.get(SETTING, "text");
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "text" -> TEXT;
            case "json" -> JSON;
            default -> throw new ConfigException(SETTING, "'" + value + "' must be text or json");
        };
    }

    /** Makes this the format of every log line; effective only before Logback has initialised. */
    void select() {
        System.setProperty(PROPERTY, name().toLowerCase(Locale.ROOT));
    }
}
