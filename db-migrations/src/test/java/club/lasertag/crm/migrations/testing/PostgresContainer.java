package club.lasertag.crm.migrations.testing;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The Testcontainers side of {@link PostgresServer}, kept apart so a module that never takes the container path
 * does not need Testcontainers on its class path.
 */
final class PostgresContainer {

    static final String IMAGE = "postgres:15";

    private static PostgreSQLContainer container;

    private PostgresContainer() {
    }

    static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    /** Starts the container on the first call (Ryuk removes it when the JVM exits); its admin JDBC URL. */
    static synchronized String startOnce() {
        if (container == null) {
            PostgreSQLContainer started = new PostgreSQLContainer(IMAGE);
            started.start();
            container = started;
        }
        // the image's POSTGRES_USER is a superuser: it may CREATE DATABASE, as PostgresTestDatabase needs
        return "jdbc:postgresql://" + container.getHost() + ":"
                + container.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT) + "/" + container.getDatabaseName()
                + "?user=" + container.getUsername() + "&password=" + container.getPassword();
    }
}
