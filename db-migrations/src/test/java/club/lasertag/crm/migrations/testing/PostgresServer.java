package club.lasertag.crm.migrations.testing;

import org.junit.jupiter.api.Assumptions;

/**
 * Which PostgreSQL server the PostgreSQL tests of this JVM use, decided once:
 * <ol>
 *   <li>env {@value #URL_ENV} is set: that server;</li>
 *   <li>else a Docker engine is reachable: a {@code postgres:15} container started by Testcontainers, once per JVM
 *       (Testcontainers' Ryuk removes it when the JVM exits);</li>
 *   <li>else the test class is skipped with a loud line, or fails when env {@code CI} is set, so CI never passes by
 *       silently skipping the PostgreSQL tests.</li>
 * </ol>
 * One line on stderr says which server ran. {@link #choose} is the decision alone, a pure function, so it is tested
 * without Docker; the Testcontainers classes are touched only on the container path ({@link PostgresContainer}).
 */
public final class PostgresServer {

    public static final String URL_ENV = "CRM_TEST_POSTGRES_URL";

    /** The three ways (and one refusal) a test run can go. */
    public enum Choice {
        /** the server at {@value #URL_ENV} */
        CONFIGURED_URL,
        /** a Testcontainers {@code postgres:15} container */
        CONTAINER,
        /** no server: skip the PostgreSQL tests loudly (a developer machine) */
        SKIP,
        /** no server but CI is set: fail */
        FAIL
    }

    private static String adminUrl;
    private static Boolean dockerAvailable;

    private PostgresServer() {
    }

    /**
     * The decision: a given URL wins, then a reachable Docker engine, then skip (or fail on CI).
     *
     * @param url {@value #URL_ENV}, may be null or blank
     * @param ci whether env {@code CI} is set
     * @param dockerAvailable whether a Docker engine answers (the caller need not ask when a URL is given)
     */
    public static Choice choose(String url, boolean ci, boolean dockerAvailable) {
        if (url != null && !url.isBlank()) {
            return Choice.CONFIGURED_URL;
        }
        if (dockerAvailable) {
            return Choice.CONTAINER;
        }
        return ci ? Choice.FAIL : Choice.SKIP;
    }

    /**
     * A JDBC URL, credentials included, of a database on the chosen server whose user may {@code CREATE DATABASE};
     * aborts (skip) or throws (CI) the calling test class when there is no server.
     */
    public static synchronized String adminUrl(String testClass) {
        if (adminUrl != null) {
            return adminUrl;
        }
        String url = System.getenv(URL_ENV);
        String ciEnv = System.getenv("CI");
        boolean ci = ciEnv != null && !ciEnv.isBlank();
        boolean urlGiven = url != null && !url.isBlank();
        // Docker is only probed when it matters: the probe is slow and logs a stack trace when there is no engine
        Choice choice = choose(url, ci, !urlGiven && dockerAvailable());
        switch (choice) {
            case CONFIGURED_URL:
                adminUrl = url.trim();
                System.err.println("PostgreSQL tests run on the server at " + URL_ENV + " ("
                        + withoutPassword(adminUrl) + ")");
                return adminUrl;
            case CONTAINER:
                System.err.println("PostgreSQL tests run in a Testcontainers " + PostgresContainer.IMAGE
                        + " container (" + URL_ENV + " is not set, Docker is reachable)");
                adminUrl = PostgresContainer.startOnce();
                return adminUrl;
            case FAIL:
                throw new IllegalStateException(URL_ENV + " is not set, no Docker engine is reachable, but CI is: "
                        + "PostgreSQL tests must run in CI");
            case SKIP:
            default:
                System.err.println("!!! SKIPPING PostgreSQL tests in " + testClass + ": set " + URL_ENV
                        + " (e.g. jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres) or start Docker to run them !!!");
                Assumptions.abort(URL_ENV + " is not set and no Docker engine is reachable");
                throw new AssertionError("unreachable");
        }
    }

    private static boolean dockerAvailable() {
        if (dockerAvailable == null) {
            dockerAvailable = PostgresContainer.dockerAvailable();
        }
        return dockerAvailable;
    }

    private static String withoutPassword(String url) {
        return url.replaceAll("(?i)(password=)[^&]*", "$1***");
    }
}
