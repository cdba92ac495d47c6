package club.lasertag.crm.app;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Where settings come from: environment variables, over an optional properties file named by
 * {@code CRM_CONFIG_FILE} (same keys). The environment wins.
 */
final class Settings {

    static final String CONFIG_FILE = "CRM_CONFIG_FILE";

    private final Map<String, String> values;

    Settings(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    static Settings from(Map<String, String> environment) {
        Map<String, String> merged = new HashMap<>();
        String file = environment.get(CONFIG_FILE);
        if (file != null && !file.isBlank()) {
            merged.putAll(readFile(Path.of(file.strip())));
        }
        environment.forEach((key, value) -> {
            if (value != null) {
                merged.put(key, value);
            }
        });
        return new Settings(merged);
    }

    /** The setting, if set to something other than blanks. */
    Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key)).map(String::strip).filter(value -> !value.isEmpty());
    }

    String get(String key, String defaultValue) {
        return get(key).orElse(defaultValue);
    }

    private static Map<String, String> readFile(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new ConfigException(CONFIG_FILE, "cannot read " + file + " (" + e.getMessage() + ")");
        }
        Map<String, String> result = new HashMap<>();
        properties.stringPropertyNames().forEach(key -> result.put(key, properties.getProperty(key)));
        return result;
    }
}
