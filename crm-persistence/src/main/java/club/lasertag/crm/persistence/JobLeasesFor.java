package club.lasertag.crm.persistence;

import club.lasertag.crm.chat.schedule.JobLeases;
import java.sql.DriverManager;
import java.util.Objects;
import java.util.Properties;

/** The {@link JobLeases} of each database: PostgreSQL's advisory locks, or SQLite's single instance. */
public final class JobLeasesFor {

    private JobLeasesFor() {
    }

    /**
     * Leases held as advisory locks on a session of their own to the PostgreSQL database at {@code jdbcUrl}
     * (opened on the first {@link JobLeases#hold}, again after it was lost).
     *
     * @param user     may be null (credentials inside the URL)
     * @param password may be null
     */
    public static JobLeases postgresql(String jdbcUrl, String user, String password) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        return new PostgresJobLeases(() -> {
            Properties properties = new Properties();
            if (user != null) {
                properties.setProperty("user", user);
            }
            if (password != null) {
                properties.setProperty("password", password);
            }
            properties.setProperty("ApplicationName", "lasertag-crm job leases");
            properties.setProperty("connectTimeout", "5");
            properties.setProperty("socketTimeout", "30");
            properties.setProperty("tcpKeepAlive", "true");
            return DriverManager.getConnection(jdbcUrl, properties);
        });
    }

    /** One instance only uses the database (SQLite): it holds every lease. */
    public static JobLeases singleInstance() {
        return new JobLeases() {
            @Override
            public boolean hold(String job) {
                return true;
            }

            @Override
            public void close() {
            }
        };
    }
}
