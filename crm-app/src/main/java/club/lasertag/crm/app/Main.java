package club.lasertag.crm.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts the CRM: reads the configuration from the environment, then runs until SIGTERM or Ctrl+C. */
public final class Main {

    private static final Logger log = LoggerFactory.getLogger(Main.class);

    private Main() {
    }

    public static void main(String[] args) {
        AppConfig config;
        try {
            config = AppConfig.from(Settings.from(System.getenv()));
        } catch (ConfigException e) {
            log.error("Invalid configuration: {}", e.getMessage());
            System.exit(2);
            return;
        }
        Application application = new Application(config);
        Runtime.getRuntime().addShutdownHook(new Thread(application::stop, "crm-shutdown"));
        try {
            application.start();
        } catch (StartupException e) {
            log.error("Cannot start: {}", e.getMessage());
            application.stop();
            System.exit(1);
        }
    }
}
