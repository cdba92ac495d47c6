package club.lasertag.crm.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the CRM: reads the configuration from the environment, then runs until SIGTERM or Ctrl+C.
 * No logger exists before the log format is selected: Logback reads its configuration once, at the first logger.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // pictures are drawn in memory; AWT must never look for an X server
        System.setProperty("java.awt.headless", "true");
        AppConfig config;
        try {
            Settings settings = Settings.from(System.getenv());
            LogFormat.from(settings).select();
            config = AppConfig.from(settings);
        } catch (ConfigException e) {
            log().error("Invalid configuration: {}", e.getMessage());
            System.exit(2);
            return;
        }
        Application application = new Application(config);
        Runtime.getRuntime().addShutdownHook(new Thread(application::stop, "crm-shutdown"));
        try {
            application.start();
        } catch (StartupException e) {
            log().error("Cannot start: {}", e.getMessage());
            application.stop();
            System.exit(1);
        }
    }

    private static Logger log() {
        return LoggerFactory.getLogger(Main.class);
    }
}
