package club.lasertag.crm.app.ops;

import club.lasertag.crm.chat.outbox.Outbox;
import club.lasertag.crm.persistence.DataSources;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.InetSocketAddress;

/**
 * Health and metrics for whoever runs the app: {@code /health} and {@code /metrics} on a local port
 * ({@code CRM_HEALTH_PORT}). Started by the app after the bot receives updates (nothing of it delays the first
 * poll), closed first when it stops. The metrics: the bot's ({@link BotMetrics}), the outbox backlog
 * ({@code crm_outbox_backlog}: replies waiting to be sent), the database pool's (HikariCP's
 * {@code hikaricp_connections_*}) and the JVM's ({@code jvm_*}, {@code process_*}, {@code system_*}).
 */
public final class Operations implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Operations.class);

    private final OpsServer server;
    private final DatabaseProbe probe;
    private final JvmGcMetrics gc;
    private final PrometheusMeterRegistry registry;

    private Operations(OpsServer server, DatabaseProbe probe, JvmGcMetrics gc, PrometheusMeterRegistry registry) {
        this.server = server;
        this.probe = probe;
        this.gc = gc;
        this.registry = registry;
    }

    /**
     * Starts the metrics (the {@code activity} reports to them from now on) and serves both on {@code host}:{@code port}.
     *
     * @param webhook whether updates come by webhook (else by long polling)
     * @throws IOException when the port cannot be listened on
     */
    public static Operations start(String host, int port, Activity activity, DataSource dataSource, Outbox outbox,
            boolean webhook) throws IOException {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        Gauge.builder("crm.outbox.backlog", outbox, Operations::backlog)
                .description("replies in the outbox waiting to be sent").register(registry);
        if (!DataSources.reportPoolTo(dataSource, registry)) {
            log.info("the database has no connection pool to report on");
        }
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        JvmGcMetrics gc = new JvmGcMetrics();
        gc.bindTo(registry);
        activity.reportTo(new BotMetrics(registry));

        DatabaseProbe probe = new DatabaseProbe(dataSource);
        HealthCheck health = new HealthCheck(activity, probe, webhook ? HealthCheck.Mode.WEBHOOK : HealthCheck.Mode.POLLING);
        try {
            return new Operations(OpsServer.start(host, port, health, registry), probe, gc, registry);
        } catch (IOException | RuntimeException e) {
            probe.close();
            gc.close();
            throw e;
        }
    }

    /** Where it listens (the real port when asked for port 0). */
    public InetSocketAddress address() {
        return server.address();
    }

    private static double backlog(Outbox outbox) {
        try {
            return outbox.backlog();
        } catch (RuntimeException e) {
            return Double.NaN; // the database is unavailable: /health says so
        }
    }

    @Override
    public void close() {
        server.close();
        probe.close();
        gc.close();
        registry.close();
    }
}
