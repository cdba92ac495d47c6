package club.lasertag.crm.telegram.edge;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import club.lasertag.crm.botapi.ChatMessage;
import club.lasertag.crm.telegram.testing.BotHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10's log: exactly one INFO line per update (kind, chat, outcome, handling time) and no personal data at
 * INFO, even while a manager types a client's name and phone. Isolated: it reads every logger of the JVM.
 */
@Isolated
class UpdateLogScenarioTest {

    private static final String NAME = "Зиновий";
    private static final String SURNAME = "Пантелеймонов";
    private static final String NOTE = "любит квесты";

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private BotHarness bot;

    @BeforeEach
    void capture() {
        bot = new BotHarness();
        log.start();
        root.addAppender(log);
    }

    @AfterEach
    void stop() {
        root.detachAppender(log);
        bot.close();
    }

    @Test
    void eachUpdateIsOneInfoLineWithItsKindChatOutcomeAndTimeAndNoPersonalData() {
        ChatMessage menu = bot.sayOne(bot.manager, "/client");
        ChatMessage question = bot.press(bot.manager, menu, "➕ Новый клиент");
        bot.say(bot.manager, "8 913 555-01-23");
        bot.say(bot.manager, NAME);
        question = bot.sayOne(bot.manager, SURNAME);
        question = bot.press(bot.manager, question, "Пропустить"); // midname
        bot.press(bot.manager, question, "Пропустить"); // second phone
        question = bot.sayOne(bot.manager, NOTE);
        ChatMessage card = bot.press(bot.manager, question, "Instagram");
        bot.sayOne(bot.stranger, "/client");

        assertThat(card.plainText()).contains("Клиент добавлен", SURNAME); // the client really was typed in
        List<ILoggingEvent> lines = updateLines();
        assertThat(lines).as("one line per update: 9 of the manager's, 1 of the stranger's").hasSize(10);
        assertThat(lines.stream().map(line -> value(line, "update")).distinct()).hasSize(10);
        assertThat(lines).allSatisfy(line -> {
            assertThat(line.getLevel()).isEqualTo(Level.INFO);
            assertThat(line.getFormattedMessage()).matches("update \\d+: \\S+ in chat \\d+, [a-z-]+ in \\d+ ms");
        });
        Map<String, Long> kinds = lines.stream().filter(line -> value(line, "chat").equals("2"))
                .collect(Collectors.groupingBy(line -> value(line, "kind") + " " + value(line, "outcome"),
                        Collectors.counting()));
        assertThat(kinds).containsOnly(Map.entry("/client replied", 1L), Map.entry("callback replied", 4L),
                Map.entry("message replied", 4L));
        assertThat(lines).filteredOn(line -> value(line, "chat").equals("4")).singleElement()
                .satisfies(line -> assertThat(line.getFormattedMessage()).contains("/client in chat 4, refused in"));

        assertThat(log.list).as("every line at INFO and above").allSatisfy(event -> {
            String text = event.getFormattedMessage() + " " + event.getKeyValuePairs();
            assertThat(text).doesNotContain(NAME, SURNAME, NOTE, "555-01-23", "5550123", "555 01 23");
        });
    }

    private List<ILoggingEvent> updateLines() {
        return log.list.stream().filter(event -> event.getLoggerName().equals(UpdateLog.class.getName())).toList();
    }

    private static String value(ILoggingEvent event, String key) {
        return event.getKeyValuePairs().stream().filter(pair -> pair.key.equals(key))
                .map(pair -> String.valueOf(pair.value)).findFirst().orElseThrow();
    }
}
