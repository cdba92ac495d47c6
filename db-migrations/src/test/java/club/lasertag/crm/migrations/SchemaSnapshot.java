package club.lasertag.crm.migrations;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Tables and their columns (in declaration order) as JDBC metadata reports them, Flyway's own table and
 * SQLite's full-text index tables left out.
 */
record SchemaSnapshot(Map<String, List<String>> columnsByTable) {

    static SchemaSnapshot of(String jdbcUrl) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl)) {
            return of(connection);
        }
    }

    static SchemaSnapshot of(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        boolean postgres = meta.getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        String schema = postgres ? "public" : null;
        Map<String, List<String>> columns = new TreeMap<>();
        try (ResultSet tables = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (tables.next()) {
                String table = tables.getString("TABLE_NAME");
                // crm_clients_search*: SQLite's FTS5 trigram index of the clients and its shadow tables, SQLite-only
                if (!table.equals("flyway_schema_history") && !table.startsWith("crm_clients_search")) {
                    columns.put(table, new ArrayList<>());
                }
            }
        }
        for (Map.Entry<String, List<String>> table : columns.entrySet()) {
            try (ResultSet rs = meta.getColumns(null, schema, table.getKey(), "%")) {
                while (rs.next()) {
                    table.getValue().add(rs.getString("COLUMN_NAME"));
                }
            }
        }
        return new SchemaSnapshot(columns);
    }

    List<String> tables() {
        return List.copyOf(columnsByTable.keySet());
    }
}
