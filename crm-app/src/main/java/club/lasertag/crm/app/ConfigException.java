package club.lasertag.crm.app;

/** A missing or invalid setting: the message names the setting and what is expected, in one line. */
final class ConfigException extends RuntimeException {

    ConfigException(String setting, String problem) {
        super(setting + ": " + problem, null, false, false);
    }
}
