package club.lasertag.crm.migrations;

import java.nio.file.Path;
import java.util.UUID;

/** Fresh SQLite database files under target/, one per call. */
final class SqliteFiles {

    private SqliteFiles() {}

    static String freshUrl(String prefix) {
        Path file = Path.of("target", "sqlite-tests", prefix + "-" + UUID.randomUUID() + ".db");
        return "jdbc:sqlite:" + file;
    }
}
