package club.lasertag.crm.app.ops;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Whether the database answers a cheap query ({@code SELECT 1} on a connection from the app's pool) within a short
 * time: the probe runs on a thread of its own and is given up after {@link #TIMEOUT}, so a database that hangs
 * (a network cut without a reset) cannot hang {@code /health}.
 */
final class DatabaseProbe implements AutoCloseable {

    static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final DataSource dataSource;
    private final ExecutorService probes = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "crm-health-db");
        thread.setDaemon(true);
        return thread;
    });

    DatabaseProbe(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Empty when the database answered in time; else why not, in a few words (no URL, no password). */
    Optional<String> problem() {
        Future<?> probe = probes.submit(() -> {
            try (Connection connection = dataSource.getConnection();
                    Statement statement = connection.createStatement()) {
                statement.setQueryTimeout((int) TIMEOUT.toSeconds());
                try (ResultSet result = statement.executeQuery("SELECT 1")) {
                    result.next();
                }
            }
            return null;
        });
        try {
            probe.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            return Optional.empty();
        } catch (TimeoutException e) {
            probe.cancel(true);
            return Optional.of("no answer within " + TIMEOUT.toSeconds() + " s");
        } catch (ExecutionException e) {
            return Optional.of(rootCause(e.getCause()).getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted");
        }
    }

    private static Throwable rootCause(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    @Override
    public void close() {
        probes.shutdownNow();
    }
}
