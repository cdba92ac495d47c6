package club.lasertag.crm.telegram.edge;

import static club.lasertag.crm.domain.testing.ClientProfileBuilder.aClient;
import static org.assertj.core.api.Assertions.assertThat;

import club.lasertag.crm.botapi.BotApiEmulator;
import club.lasertag.crm.botapi.ChatMessage;
import club.lasertag.crm.botapi.EmulatedUser;
import club.lasertag.crm.domain.order.ClubRules;
import club.lasertag.crm.domain.staff.Role;
import club.lasertag.crm.domain.staff.StaffMember;
import club.lasertag.crm.domain.testing.TestCrm;
import club.lasertag.crm.migrations.testing.PostgresTestDatabase;
import club.lasertag.crm.persistence.DataSources;
import club.lasertag.crm.persistence.JooqPorts;
import club.lasertag.crm.telegram.bot.Features;
import club.lasertag.crm.telegram.chat.Router;
import club.lasertag.crm.telegram.edge.gateway.TelegramClients;
import club.lasertag.crm.telegram.edge.gateway.TelegramGateway;
import club.lasertag.crm.telegram.testing.BotHarness;
import club.lasertag.crm.telegram.testing.TcpProxy;
import com.pengrad.telegrambot.TelegramBot;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.SQLDialect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The whole bot on PostgreSQL reached through a TCP proxy the test cuts and restores, as if the server stopped: each
 * manager is told within 2 s that the database is unavailable (once, however often the update is retried), never
 * "something went wrong", and the message is handled once the database is back.
 */
class DatabaseOutageScenarioTest {

    @RegisterExtension
    static final PostgresTestDatabase postgres = PostgresTestDatabase.migrated();

    private static final Pattern URL = Pattern.compile("^jdbc:postgresql://([^/:?]+)(?::(\\d+))?(/.*)$");
    private static final String UNAVAILABLE = "База данных сейчас недоступна";

    private final BotApiEmulator telegram = BotApiEmulator.start();
    private final EmulatedUser admin = EmulatedUser.of(TestCrm.ADMIN.value(), "Анна");
    private final EmulatedUser manager = EmulatedUser.of(2, "Мария");
    private TcpProxy proxy;
    private HikariDataSource pool;
    private CrmBot bot;

    @BeforeEach
    void start() throws Exception {
        Matcher url = URL.matcher(postgres.jdbcUrl());
        assertThat(url.matches()).as(postgres.jdbcUrl()).isTrue();
        proxy = TcpProxy.to(url.group(1), url.group(2) == null ? 5432 : Integer.parseInt(url.group(2)));
        pool = DataSources.postgresql("jdbc:postgresql://127.0.0.1:" + proxy.port() + url.group(3), null, null,
                DataSources.FAIL_FAST_CONNECTION_TIMEOUT); // as the app's PostgresPersistenceModule
        JooqPorts ports = JooqPorts.create(pool, SQLDialect.POSTGRES);
        TestCrm crm = new TestCrm(ClubRules.defaults(TestCrm.ZONE), ports.clients(), ports.orders(), ports.staff());
        crm.staff.save(new StaffMember(BotHarness.staffIdOf(manager), "Мария", Role.MANAGER));
        crm.clientService.add(aClient().surname("Иванов").phone("+79991234567").build(), BotHarness.staffIdOf(manager));

        TelegramBot pengrad = TelegramClients.create(telegram.token(), telegram.apiUrl());
        TelegramGateway gateway = new TelegramGateway(pengrad, duration -> { });
        Router router = new Router(Features.all(BotHarness.useCasesOf(crm)), crm.staffService, ports.processedUpdates(),
                ports.dialogStates(), crm.clock, new RoleMenus(gateway));
        bot = new CrmBot(pengrad, gateway, router);
        bot.prepare();
        bot.startPolling();
    }

    @AfterEach
    void stop() {
        if (bot != null) {
            bot.close();
        }
        if (pool != null) {
            pool.close();
        }
        if (proxy != null) {
            proxy.close();
        }
        telegram.close();
    }

    @Test
    void everyManagerIsToldWithinTwoSecondsAndTheirMessageIsHandledWhenTheDatabaseIsBack() throws Exception {
        assertThat(say(manager, "/help")).singleElement() // works; the pool holds connections through the proxy
                .satisfies(answer -> assertThat(answer.plainText()).contains("/client"));
        telegram.awaitIdle(Duration.ofMillis(5), BotHarness.WAIT);

        proxy.cut();
        long cut = System.nanoTime();
        telegram.sendText(manager, manager.id(), "Иванов");
        telegram.sendText(admin, admin.id(), "Иванов");

        for (EmulatedUser user : List.of(manager, admin)) {
            List<ChatMessage> told = telegram.awaitBotMessages(user.id(), 1, Duration.ofSeconds(2).minus(since(cut)));
            assertThat(told).singleElement().satisfies(message -> assertThat(message.plainText()).contains(UNAVAILABLE));
        }
        assertThat(since(cut)).isLessThan(Duration.ofSeconds(2));

        Thread.sleep(4_000); // down for a while: the updates are retried, the users are not told again
        assertThat(telegram.chat(manager.id()).botMessages()).hasSize(2); // the /help answer and "unavailable"
        assertThat(telegram.pendingUpdateCount()).as("nothing confirmed while unhandled").isEqualTo(2);

        proxy.restore();

        for (EmulatedUser user : List.of(manager, admin)) {
            List<ChatMessage> answers = telegram.awaitBotMessages(user.id(), 2, Duration.ofSeconds(15));
            assertThat(answers).hasSize(2);
            assertThat(answers.get(1).plainText()).contains("Иванов");
        }
        telegram.awaitIdle(Duration.ofMillis(5), BotHarness.WAIT);
        assertThat(telegram.chats()).allSatisfy(chat -> assertThat(chat.botMessages())
                .noneSatisfy(message -> assertThat(message.plainText()).contains("Что-то пошло не так")));
    }

    private List<ChatMessage> say(EmulatedUser user, String text) {
        telegram.sendText(user, user.id(), text);
        return telegram.awaitBotMessages(user.id(), 1, BotHarness.WAIT);
    }

    private static Duration since(long nanos) {
        return Duration.ofNanos(System.nanoTime() - nanos);
    }
}
