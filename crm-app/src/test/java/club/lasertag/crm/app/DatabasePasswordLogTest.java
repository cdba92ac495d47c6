package club.lasertag.crm.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

/** A password inside {@code CRM_DB_URL} reaches no log line, neither at a start nor at a failed one. */
class DatabasePasswordLogTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "jdbc:postgresql://127.0.0.1:1/crm?user=crm&password=hunter2",
            "jdbc:postgresql://crm:hunter2@127.0.0.1:1/crm"})
    void aFailedStartNeverShowsThePassword(String url, @TempDir Path dir) {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        root.addAppender(log);
        Application application = new Application(AppConfig.from(new Settings(Map.of(
                "CRM_DB_URL", url, "CRM_SANDBOX_PORT", "0"))));
        try {
            StartupException failed = catchThrowableOfType(application::start, StartupException.class);

            assertThat(failed).isNotNull();
            assertThat(failed.getMessage()).contains("127.0.0.1:1/crm").doesNotContain("hunter2");
            List<String> lines = new ArrayList<>();
            for (ILoggingEvent event : log.list) {
                lines.add(event.getFormattedMessage());
                for (IThrowableProxy cause = event.getThrowableProxy(); cause != null; cause = cause.getCause()) {
                    lines.add(cause.getClassName() + ": " + cause.getMessage());
                }
            }
            assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("Starting LaserTag CRM"))
                    .noneSatisfy(line -> assertThat(line).contains("hunter2"));
        } finally {
            application.stop();
            root.detachAppender(log);
        }
    }
}
