package club.lasertag.crm.persistence;

import club.lasertag.crm.domain.port.out.DatabaseBackups;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * {@link DatabaseBackups} of a SQLite file by {@code VACUUM INTO}: one read transaction on a connection of its own, so
 * the copy is the database as committed when it began (WAL: writers go on meanwhile, and nothing they commit after it
 * began is in the copy), compacted, and a complete database file on its own (no -wal beside it). Unlike SQLite's
 * online backup API, it never restarts when others write during the copy.
 */
final class SqliteBackups implements DatabaseBackups {

    private final DataSource dataSource;

    SqliteBackups(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    public boolean copiesItself() {
        return true;
    }

    @Override
    public void copyTo(Path target) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement vacuum = connection.prepareStatement("VACUUM INTO ?")) {
            vacuum.setString(1, target.toAbsolutePath().toString());
            vacuum.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot copy the SQLite database to " + target + ": " + e.getMessage(), e);
        }
    }
}
