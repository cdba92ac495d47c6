package club.lasertag.crm.app;

import club.lasertag.crm.app.ops.Activity;
import club.lasertag.crm.app.ops.Operations;
import club.lasertag.crm.app.feed.FeedEndpoint;
import club.lasertag.crm.app.feed.FeedModule;
import club.lasertag.crm.app.feed.FeedServer;
import club.lasertag.crm.app.sandbox.SandboxPerson;
import club.lasertag.crm.chat.outbox.Outbox;
import club.lasertag.crm.app.sandbox.SandboxServer;
import club.lasertag.crm.domain.port.in.ManageStaff;
import club.lasertag.crm.domain.staff.Role;
import club.lasertag.crm.domain.staff.StaffId;
import club.lasertag.crm.domain.staff.StaffMember;
import club.lasertag.crm.migrations.Migrations;
import club.lasertag.crm.persistence.JdbcUrls;
import club.lasertag.crm.persistence.PostgresPersistenceModule;
import club.lasertag.crm.persistence.SqlitePersistenceModule;
import club.lasertag.crm.telegram.edge.CrmBot;
import club.lasertag.crm.telegram.schedule.Scheduler;
import club.lasertag.crm.telegram.bot.UseCases;
import club.lasertag.crm.telegram.feed.FeedAddress;
import club.lasertag.crm.botapi.BotApiEmulator;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The app's lifecycle, step by step: wire, migrate, start the bot (on Telegram, or on the sandbox's emulator
 * when there is no token), and stop in reverse order.
 */
final class Application {

    private static final Logger log = LoggerFactory.getLogger(Application.class);

    private final AppConfig config;
    private final List<AutoCloseable> running = new ArrayList<>();
    private volatile boolean stopped;
    private volatile SandboxServer sandbox;

    Application(AppConfig config) {
        this.config = config;
    }

    void start() {
        log.info("Starting LaserTag CRM: {}", config);
        if (!config.postgres()) {
            started(SqliteFileLock.acquire(sqliteFile())); // first: a second process stops here, touching nothing
        }
        Injector injector = Guice.createInjector(modules());
        if (config.sandbox()) {
            started(injector.getInstance(BotApiEmulator.class));
        }

        migrateDatabase(injector);
        if (config.sandbox()) {
            addSandboxManager(injector.getInstance(UseCases.class).manageStaff());
        }

        CrmBot bot = injector.getInstance(CrmBot.class);
        bot.prepare();
        running.add(bot); // closed after the webhook server: it finishes the updates in hand
        if (config.webhook().isPresent()) {
            startWebhook(bot, config.webhook().get());
        } else {
            bot.startPolling();
        }
        if (config.feed().isPresent()) {
            startFeed(injector, config.feed().get());
        }
        if (config.sandbox()) {
            startSandbox(injector);
        }
        started(injector.getInstance(Scheduler.class)).start(); // stopped first: its leases go to another instance
        config.health().ifPresent(health -> startOperations(injector, health));
        log.info("LaserTag CRM is running");
    }

    /** Stops in reverse order of starting: the bot finishes the updates in hand first; the pool closes last. */
    synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        for (int i = running.size() - 1; i >= 0; i--) {
            try {
                running.get(i).close();
            } catch (Exception e) {
                log.warn("while stopping {}: {}", running.get(i).getClass().getSimpleName(), e.getMessage());
            }
        }
        log.info("LaserTag CRM stopped");
    }

    /** The sandbox page's address once started in sandbox mode (the real port, also when CRM_SANDBOX_PORT=0). */
    Optional<String> sandboxUrl() {
        SandboxServer server = sandbox;
        return server == null ? Optional.empty() : Optional.of(server.url());
    }

    /** One module per adapter, chosen here rather than by conditions inside modules. */
    private List<Module> modules() {
        Set<Long> admins = new HashSet<>(config.admins());
        if (config.sandbox()) {
            admins.add(SandboxModule.ADMIN.id());
        }
        Module persistence = config.postgres()
                ? new PostgresPersistenceModule(config.dbUrl(), config.dbUser(), config.dbPassword())
                : new SqlitePersistenceModule(sqliteFile());
        Module botApi = config.telegramToken()
                .<Module>map(token -> new TelegramEndpointModule(token, config.telegramApiUrl()))
                .orElseGet(() -> new SandboxModule(config.sandboxPort()));
        FeedAddress feedAddress = new FeedAddress(config.feed().map(AppConfig.Feed::publicUrl));
        return List.of(new DomainModule(config.rules(), config.phoneRegion(), admins, feedAddress), persistence, botApi,
                new TelegramModule(config.handlerThreads()), new SchedulerModule(config.scheduling()),
                new PicturesModule(), new FeedModule());
    }

    private Path sqliteFile() {
        return Path.of(config.dbUrl().substring("jdbc:sqlite:".length()));
    }

    /** /health and /metrics, after the bot receives updates: none of it delays the first poll. */
    private void startOperations(Injector injector, AppConfig.Health health) {
        if (config.sandbox()) {
            log.info("CRM_HEALTH_PORT is ignored in the sandbox: health and metrics are for the bot on Telegram");
            return;
        }
        try {
            Operations operations = started(Operations.start(health.host(), health.port(),
                    injector.getInstance(Activity.class), injector.getInstance(DataSource.class),
                    injector.getInstance(Outbox.class), config.webhook().isPresent()));
            log.info("Health and metrics at http://{}:{}/health and /metrics", health.host(),
                    operations.address().getPort());
        } catch (java.io.IOException e) {
            throw new StartupException("cannot listen on " + health.host() + ":" + health.port()
                    + " for health and metrics (set CRM_HEALTH_PORT to a free port): " + e.getMessage(), e);
        }
    }

    private void migrateDatabase(Injector injector) {
        try {
            DataSource dataSource = injector.getInstance(DataSource.class);
            if (dataSource instanceof AutoCloseable closeable) {
                running.add(closeable);
            }
            Migrations.migrate(dataSource);
        } catch (RuntimeException e) {
            // the root cause may quote the URL too (HikariCP does when the driver does not accept it)
            throw new StartupException(JdbcUrls.redacted("the database at " + config.dbUrl()
                    + " cannot be opened or migrated: " + rootMessage(e)), e);
        }
    }

    private void addSandboxManager(ManageStaff staff) {
        SandboxPerson manager = SandboxModule.MANAGER;
        StaffId id = new StaffId(manager.id());
        if (staff.roleOf(id).isEmpty()) {
            // the sandbox's admin (a configured admin in sandbox mode) adds the manager
            staff.save(new StaffMember(id, manager.name(), Role.MANAGER), new StaffId(SandboxModule.ADMIN.id()));
        }
    }

    private void startWebhook(CrmBot bot, AppConfig.Webhook webhook) {
        try {
            running.add(WebhookServer.start(webhook.host(), webhook.port(), URI.create(webhook.publicUrl()).getRawPath(),
                    webhook.secret(), bot));
        } catch (java.io.IOException e) {
            throw new StartupException("cannot listen on " + webhook.host() + ":" + webhook.port() + " for the webhook: " + e.getMessage(), e);
        }
        if (!bot.useWebhook(webhook.publicUrl(), webhook.secret())) {
            throw new StartupException("Telegram did not accept the webhook " + webhook.publicUrl(), null);
        }
        log.info("Receiving updates by webhook at {} (listening on {}:{})", webhook.publicUrl(), webhook.host(), webhook.port());
    }

    private void startFeed(Injector injector, AppConfig.Feed feed) {
        try {
            FeedServer server = started(FeedServer.start(feed.host(), feed.port(), injector.getInstance(FeedEndpoint.class)));
            log.info("Serving calendar feeds at {}/feed/... (listening on {}:{})", feed.publicUrl(), feed.host(), server.port());
        } catch (java.io.IOException e) {
            throw new StartupException("cannot listen on " + feed.host() + ":" + feed.port()
                    + " for the calendar feed (set CRM_FEED_PORT to a free port): " + e.getMessage(), e);
        }
    }

    private void startSandbox(Injector injector) {
        try {
            sandbox = started(injector.getInstance(SandboxServer.class));
            log.info("No TELEGRAM_BOT_TOKEN: the sandbox runs. Open {} in a browser", sandbox.url());
        } catch (com.google.inject.ProvisionException e) {
            throw new StartupException("cannot serve the sandbox on port " + config.sandboxPort()
                    + " (set CRM_SANDBOX_PORT to a free port): " + rootMessage(e), e);
        }
    }

    private <T extends AutoCloseable> T started(T component) {
        running.add(component);
        return component;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
