package club.lasertag.crm.app;

import club.lasertag.crm.domain.order.ClubRules;
import club.lasertag.crm.domain.order.Polygon;
import club.lasertag.crm.persistence.JdbcUrls;
import club.lasertag.crm.telegram.edge.CrmBot;
import club.lasertag.crm.telegram.schedule.Housekeeping;

import java.net.URI;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The app's configuration, read and checked once at startup. Every setting, its default and its meaning are
 * listed in the README.
 */
record AppConfig(
        Optional<String> telegramToken,
        String telegramApiUrl,
        String dbUrl,
        String dbUser,
        String dbPassword,
        Set<Long> admins,
        ClubRules rules,
        String phoneRegion,
        Optional<Webhook> webhook,
        int sandboxPort,
        int handlerThreads,
        Scheduling scheduling,
        Optional<Health> health,
        Optional<Feed> feed) {

    /**
     * Scheduled jobs: this instance's name (recorded with each job run) and the housekeeping job's period.
     */
    record Scheduling(String instance, Duration housekeepingPeriod) {
    }

    /**
     * Webhook mode: Telegram posts updates to {@code publicUrl} (its path kept exactly as configured, a trailing
     * slash too); the app listens on {@code host}:{@code port}, by default the loopback behind a reverse proxy.
     */
    record Webhook(String publicUrl, String host, int port, String secret) {
    }

    /** {@code /health} and {@code /metrics} on {@code host}:{@code port} (0: any free port); off unless configured. */
    record Health(String host, int port) {
    }

    /**
     * The calendar feed server: it listens on {@code host}:{@code port} (by default the loopback, behind a reverse
     * proxy) and staff's calendars reach it at {@code publicUrl} (what {@code /feed} shows, without a trailing slash).
     */
    record Feed(String host, int port, String publicUrl) {
    }

    static AppConfig from(Settings settings) {
        ZoneId zone = zone(settings);
        ClubRules defaults = ClubRules.defaults(zone);
        int step = number(settings, "CRM_START_STEP_MINUTES", (int) defaults.startStep().toMinutes(), 5, 240);
        if (Duration.ofDays(1).toMinutes() % step != 0) {
            throw new ConfigException("CRM_START_STEP_MINUTES", "'" + step + "' must divide a day evenly, e.g. 15, 30 or 60");
        }
        ClubRules rules;
        try {
            rules = new ClubRules(zone,
                    time(settings, "CRM_OPENS_AT", defaults.opensAt()),
                    time(settings, "CRM_CLOSES_AT", defaults.closesAt()),
                    maxPlayers(settings, defaults),
                    Duration.ofMinutes(step),
                    defaults.suggestions());
        } catch (IllegalArgumentException e) {
            throw new ConfigException("CRM_OPENS_AT/CRM_CLOSES_AT", e.getMessage());
        }
        return new AppConfig(
                settings.get("TELEGRAM_BOT_TOKEN").map(AppConfig::token),
                url(settings, "TELEGRAM_API_URL", "https://api.telegram.org"),
                databaseUrl(settings),
                settings.get("CRM_DB_USER", ""),
                settings.get("CRM_DB_PASSWORD", ""),
                admins(settings),
                rules,
                region(settings),
                webhook(settings),
                number(settings, "CRM_SANDBOX_PORT", 8080, 0, 65535),
                number(settings, "CRM_HANDLER_THREADS", CrmBot.DEFAULT_HANDLER_THREADS, 1, 256),
                scheduling(settings),
                health(settings),
                feed(settings));
    }

    boolean sandbox() {
        return telegramToken.isEmpty();
    }

    boolean postgres() {
        return dbUrl.startsWith("jdbc:postgresql:");
    }

    private static String token(String token) {
        if (!token.matches("\\d+:[A-Za-z0-9_-]+")) {
            throw new ConfigException("TELEGRAM_BOT_TOKEN", "does not look like a bot token (digits:letters, from @BotFather)");
        }
        return token;
    }

    private static String databaseUrl(Settings settings) {
        String url = settings.get("CRM_DB_URL", "jdbc:sqlite:crm.db");
        if (!url.startsWith("jdbc:sqlite:") && !url.startsWith("jdbc:postgresql:")) {
            throw new ConfigException("CRM_DB_URL", "must start with jdbc:sqlite: or jdbc:postgresql: (got '" + JdbcUrls.redacted(url) + "')");
        }
        if (url.equals("jdbc:sqlite:") || url.contains(":memory:")) {
            throw new ConfigException("CRM_DB_URL", "SQLite needs a file, e.g. jdbc:sqlite:crm.db (an in-memory database would lose everything)");
        }
        return url;
    }

    private static Set<Long> admins(Settings settings) {
        Set<Long> admins = new LinkedHashSet<>();
        for (String id : settings.get("CRM_ADMINS", "").split("[,;\\s]+")) {
            if (id.isEmpty()) {
                continue;
            }
            if (!id.matches("\\d{1,18}") || Long.parseLong(id) == 0) {
                throw new ConfigException("CRM_ADMINS", "'" + id + "' is not a Telegram user id; expected ids separated by commas, e.g. 12345,67890");
            }
            admins.add(Long.parseLong(id));
        }
        return Set.copyOf(admins);
    }

    private static ZoneId zone(Settings settings) {
        Optional<String> zone = settings.get("CRM_TIMEZONE");
        try {
            return zone.map(ZoneId::of).orElse(ZoneId.systemDefault());
        } catch (DateTimeException e) {
            throw new ConfigException("CRM_TIMEZONE", "'" + zone.get() + "' is not an IANA time zone, e.g. Europe/Moscow");
        }
    }

    private static LocalTime time(Settings settings, String key, LocalTime defaultValue) {
        Optional<String> value = settings.get(key);
        try {
            return value.map(text -> text.equals("24:00") ? LocalTime.MIDNIGHT : LocalTime.parse(text)).orElse(defaultValue);
        } catch (DateTimeParseException e) {
            throw new ConfigException(key, "'" + value.get() + "' is not a time of day like 10:00 (24:00 for midnight)");
        }
    }

    private static Map<Polygon, Integer> maxPlayers(Settings settings, ClubRules defaults) {
        Map<Polygon, Integer> max = new EnumMap<>(Polygon.class);
        for (Polygon polygon : Polygon.values()) {
            String key = "CRM_MAX_PLAYERS_" + polygon.name();
            max.put(polygon, number(settings, key, defaults.maxPlayers(polygon), 1, 1000));
        }
        return max;
    }

    private static String region(Settings settings) {
        String region = settings.get("CRM_PHONE_REGION", "RU").toUpperCase(Locale.ROOT);
        if (!Arrays.asList(Locale.getISOCountries()).contains(region)) {
            throw new ConfigException("CRM_PHONE_REGION", "'" + region + "' is not a two-letter country code, e.g. RU");
        }
        return region;
    }

    private static Optional<Webhook> webhook(Settings settings) {
        Optional<String> publicUrl = settings.get("CRM_WEBHOOK_URL");
        if (publicUrl.isEmpty()) {
            return Optional.empty();
        }
        url(settings, "CRM_WEBHOOK_URL", ""); // validates; the URL is kept as given, with its trailing slash
        String url = publicUrl.get();
        if (!url.startsWith("https://")) {
            throw new ConfigException("CRM_WEBHOOK_URL", "Telegram sends webhooks to https:// URLs only");
        }
        String host = host(settings, "CRM_WEBHOOK_HOST");
        int port = number(settings, "CRM_WEBHOOK_PORT", 8443, 1, 65535);
        String secret = settings.get("CRM_WEBHOOK_SECRET").orElseGet(AppConfig::randomSecret);
        if (!secret.matches("[A-Za-z0-9_-]{1,256}")) {
            throw new ConfigException("CRM_WEBHOOK_SECRET", "1-256 characters of A-Z, a-z, 0-9, _ and - only");
        }
        return Optional.of(new Webhook(url, host, port, secret));
    }

    private static Scheduling scheduling(Settings settings) {
        String instance = settings.get("CRM_INSTANCE_NAME").orElseGet(AppConfig::defaultInstanceName);
        if (!instance.matches("[A-Za-z0-9._:@-]{1,128}")) {
            throw new ConfigException("CRM_INSTANCE_NAME", "1-128 characters of A-Z, a-z, 0-9 and . _ : @ - only");
        }
        int seconds = number(settings, "CRM_HOUSEKEEPING_PERIOD_SECONDS",
                (int) Housekeeping.DEFAULT_PERIOD.toSeconds(), 1, 365 * 86_400);
        return new Scheduling(instance, Duration.ofSeconds(seconds));
    }

    /** The host's name and this process's id: unique among the instances of one database. */
    private static String defaultInstanceName() {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            host = "localhost";
        }
        String name = host.replaceAll("[^A-Za-z0-9.-]", "-") + ":" + ProcessHandle.current().pid();
        return name.length() > 128 ? name.substring(name.length() - 128) : name;
    }

    private static Optional<Health> health(Settings settings) {
        if (settings.get("CRM_HEALTH_PORT").isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Health(host(settings, "CRM_HEALTH_HOST"), number(settings, "CRM_HEALTH_PORT", 0, 0, 65535)));
    }

    private static String host(Settings settings, String key) {
        String host = settings.get(key, "127.0.0.1");
        if (!host.matches("[A-Za-z0-9.:\\[\\]-]+")) {
            throw new ConfigException(key, "'" + host + "' is not a host name or IP address, e.g. 127.0.0.1 or 0.0.0.0");
        }
        return host;
    }

    private static Optional<Feed> feed(Settings settings) {
        if (settings.get("CRM_FEED_PORT").isEmpty()) {
            settings.get("CRM_PUBLIC_URL").ifPresent(url -> url(settings, "CRM_PUBLIC_URL", "")); // still checked
            return Optional.empty();
        }
        int port = number(settings, "CRM_FEED_PORT", 0, 0, 65535);
        String host = settings.get("CRM_FEED_HOST", "127.0.0.1");
        if (!host.matches("[A-Za-z0-9.:\\[\\]-]+")) {
            throw new ConfigException("CRM_FEED_HOST", "'" + host + "' is not a host name or IP address, e.g. 127.0.0.1 or 0.0.0.0");
        }
        if (settings.get("CRM_PUBLIC_URL").isEmpty()) {
            throw new ConfigException("CRM_PUBLIC_URL", "is needed with CRM_FEED_PORT: the address staff's calendars reach "
                    + "the feed at, e.g. https://crm.example.org (the feed's path /feed/... is added to it)");
        }
        String publicUrl = url(settings, "CRM_PUBLIC_URL", "");
        if (publicUrl.contains("?") || publicUrl.contains("#")) {
            throw new ConfigException("CRM_PUBLIC_URL", "'" + publicUrl + "' must have no query or fragment, e.g. https://crm.example.org");
        }
        return Optional.of(new Feed(host, port, publicUrl));
    }

    private static String url(Settings settings, String key, String defaultValue) {
        String value = settings.get(key, defaultValue);
        try {
            URI uri = new URI(value);
            if (uri.getScheme() == null || uri.getHost() == null || !uri.getScheme().matches("https?")) {
                throw new ConfigException(key, "'" + value + "' is not an http(s) URL");
            }
        } catch (java.net.URISyntaxException e) {
            throw new ConfigException(key, "'" + value + "' is not a URL");
        }
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }

    private static int number(Settings settings, String key, int defaultValue, int min, int max) {
        Optional<String> value = settings.get(key);
        if (value.isEmpty()) {
            return defaultValue;
        }
        if (!value.get().matches("\\d{1,9}") || Integer.parseInt(value.get()) < min || Integer.parseInt(value.get()) > max) {
            throw new ConfigException(key, "'" + value.get() + "' must be a whole number from " + min + " to " + max);
        }
        return Integer.parseInt(value.get());
    }

    private static String randomSecret() {
        byte[] bytes = new byte[32];
        new java.security.SecureRandom().nextBytes(bytes);
        return java.util.HexFormat.of().formatHex(bytes);
    }

    @Override
    public String toString() {
        // Never print the token or the password, also not one inside the database URL.
        return "AppConfig[telegram=" + (sandbox() ? "sandbox" : telegramApiUrl) + ", db=" + JdbcUrls.redacted(dbUrl)
                + ", admins=" + admins + ", zone=" + rules.zone() + ", webhook=" + webhook.map(Webhook::publicUrl).orElse("off") + ", handlerThreads=" + handlerThreads
                + ", instance=" + scheduling.instance()
                + ", health=" + health.map(h -> h.host() + ":" + h.port()).orElse("off")
                + ", feed=" + feed.map(it -> it.host() + ":" + it.port() + " as " + it.publicUrl()).orElse("off") + "]";
    }
}
