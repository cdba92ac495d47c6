package club.lasertag.crm.telegram.testing;

import club.lasertag.crm.domain.client.PhoneNumbers;
import club.lasertag.crm.domain.order.ClubRules;
import club.lasertag.crm.chat.dialog.DialogStates;
import club.lasertag.crm.chat.outbox.Outbox;
import club.lasertag.crm.chat.tx.UnitOfWork;
import club.lasertag.crm.chat.updates.ProcessedUpdates;
import club.lasertag.crm.domain.staff.Role;
import club.lasertag.crm.domain.staff.StaffId;
import club.lasertag.crm.domain.staff.StaffMember;
import club.lasertag.crm.domain.testing.TestCrm;
import club.lasertag.crm.domain.port.out.DatabaseBackups;
import club.lasertag.crm.domain.service.BackupService;
import club.lasertag.crm.persistence.DataSources;
import club.lasertag.crm.persistence.JooqPorts;
import org.jooq.SQLDialect;
import club.lasertag.crm.persistence.testing.SqliteTestPorts;
import club.lasertag.crm.telegram.edge.CrmBot;
import club.lasertag.crm.telegram.feed.FeedAddress;
import club.lasertag.crm.telegram.bot.Features;
import club.lasertag.crm.telegram.edge.RoleMenus;
import club.lasertag.crm.telegram.bot.UseCases;
import club.lasertag.crm.botapi.BotApiEmulator;
import club.lasertag.crm.botapi.ChatMessage;
import club.lasertag.crm.botapi.EmulatedUser;
import club.lasertag.crm.telegram.chat.Router;
import club.lasertag.crm.telegram.chat.UpdateHandler;
import club.lasertag.crm.telegram.edge.gateway.Sleeper;
import club.lasertag.crm.telegram.edge.gateway.TelegramClients;
import club.lasertag.crm.telegram.edge.gateway.TelegramGateway;
import com.pengrad.telegrambot.TelegramBot;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.time.Duration;
import java.util.Optional;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The whole bot for scenario tests: the real pengrad client polling the Bot API emulator over HTTP, the router
 * and features, and the domain's use cases ({@link TestCrm}) on a real, freshly migrated SQLite file under
 * {@code target/sqlite-tests}. Users: an admin (id 1, configured), a manager (id 2), an instructor (id 3) and a
 * stranger (id 4).
 *
 * <p>A test class either makes one per test ({@code new BotHarness()}, closed after each) or, cheaper, shares
 * one among its tests, {@link #reset} after each:
 * <pre>{@code
 * @ExtendWith(BotHarness.PerClass.class)
 * class SomeScenarioTest {
 *     private final BotHarness bot = BotHarness.sharedBy(this);
 * }</pre>
 */
public final class BotHarness implements AutoCloseable {

    public static final Duration WAIT = Duration.ofSeconds(10);
    /** Where the bot says calendar feeds are served. */
    public static final FeedAddress FEED_ADDRESS = new FeedAddress(Optional.of("https://crm.example.org"));
    /**
     * How long nothing must happen before the bot counts as idle. The bot handles an update before it confirms
     * it (with its next getUpdates) and makes every call while handling, so "every update confirmed, no call in
     * flight" already means it is done; the quiet period is only a margin, and each step of a scenario waits it.
     */
    public static final Duration QUIET = Duration.ofMillis(5);

    public final BotApiEmulator telegram = BotApiEmulator.start();
    private final SqliteTestPorts database = SqliteTestPorts.open("bot");
    public final TestCrm crm;
    public final EmulatedUser admin = EmulatedUser.of(TestCrm.ADMIN.value(), "Анна");
    public final EmulatedUser manager = EmulatedUser.of(2, "Мария");
    public final EmulatedUser instructor = EmulatedUser.of(3, "Игорь");
    public final EmulatedUser stranger = EmulatedUser.of(4, "Незнакомец");
    private final DialogStates dialogs;
    private final ProcessedUpdates processed;
    private final Outbox outbox;
    private final UnitOfWork unitOfWork;
    private final Sleeper gatewaySleeper;
    private CrmBot bot;

    public BotHarness() {
        this(duration -> { }); // resends at once: tests never wait
    }

    /** @param gatewaySleeper how the gateway waits before resending (after a 429, a 5xx): {@link Sleeper#REAL} really waits */
    public BotHarness(Sleeper gatewaySleeper) {
        this.gatewaySleeper = gatewaySleeper;
        JooqPorts ports = database.ports();
        this.crm = new TestCrm(ClubRules.defaults(TestCrm.ZONE), ports.clients(), ports.orders(), ports.staff(),
                ports.feedTokens(), ports.exportSource(), ports.priceLists(), ports.orderPrices(), ports.payments(),
                ports.auditLog());
        this.dialogs = ports.dialogStates();
        this.processed = ports.processedUpdates();
        this.outbox = ports.outbox();
        this.unitOfWork = ports.unitOfWork();
        arrangeStaff();
        startBot();
    }

    /** The harness of {@code test}'s class, made for its first test; see {@link PerClass}. */
    public static BotHarness sharedBy(Object test) {
        return PerClass.harnessOf(test.getClass());
    }

    private void arrangeStaff() {
        crm.staff.save(new StaffMember(staffIdOf(manager), "Мария", Role.MANAGER));
        crm.staff.save(new StaffMember(staffIdOf(instructor), "Игорь", Role.INSTRUCTOR));
    }

    /**
     * As if freshly made, without migrating a new database or starting a new emulator: stops the bot, empties
     * the database (ids restart), forgets the emulator's chats, calls and menus, sets the clock back to
     * {@link TestCrm#NOW} and starts a new bot (a running one remembers which role menus it has set).
     */
    public void reset() {
        stopBot();
        telegram.reset();
        database.clean();
        crm.clock.set(TestCrm.NOW);
        arrangeStaff();
        startBot();
    }

    /** The staff id the bot acts as for this user: their Telegram user id. */
    public static StaffId staffIdOf(EmulatedUser user) {
        return new StaffId(user.id());
    }

    /** Starts (or restarts) the bot process on the same ports: what a restart of the app keeps. */
    public void startBot() {
        if (bot != null) {
            throw new IllegalStateException("the bot is running; stopBot() first");
        }
        TelegramBot pengrad = TelegramClients.create(telegram.token(), telegram.apiUrl());
        TelegramGateway gateway = new TelegramGateway(pengrad, gatewaySleeper);
        Router router = new Router(Features.all(useCases()), crm.staffService, dialogs, crm.clock, new RoleMenus(gateway));
        bot = new CrmBot(pengrad, gateway, new UpdateHandler(router, unitOfWork, processed, outbox), outbox);
        bot.prepare();
        bot.startPolling();
    }

    /** Handles an update now, on this thread, as if it had been received: for updates the emulator cannot make. */
    public void handle(com.pengrad.telegrambot.model.Update update) {
        bot.handle(update);
    }

    /** Stops the bot, if it runs. */
    public void stopBot() {
        if (bot != null) {
            bot.close();
            bot = null;
        }
    }

    /** The bot's use cases on {@link #crm}, backups of the harness's SQLite file included. */
    public UseCases useCases() {
        return useCasesOf(crm, DataSources.backups(database.dataSource(), SQLDialect.SQLITE));
    }

    /** The bot's use cases on the domain's services of {@code crm}; its database is not copied by the CRM. */
    public static UseCases useCasesOf(TestCrm crm) {
        return useCasesOf(crm, DataSources.backups(null, SQLDialect.POSTGRES));
    }

    /** The bot's use cases on the domain's services of {@code crm}, and {@code backups} of its database. */
    public static UseCases useCasesOf(TestCrm crm, DatabaseBackups backups) {
        return new UseCases(crm.clientService, crm.clientService, crm.clientService, crm.calendarService,
                crm.bookingService, crm.bookingService, crm.bookingService, crm.bookingService, crm.bookingService,
                crm.calendarService, crm.calendarService, crm.calendarService, crm.staffService,
                new BackupService(backups, crm.access, crm.clock, crm.rules.zone()),
                crm.moneyService, crm.moneyService, crm.moneyService, crm.moneyService, crm.historyService,
                crm.briefingService, crm.briefingService,
                PhoneNumbers.russian(), crm.rules, crm.clock, dayPictureOf(crm), crm.feedService, FEED_ADDRESS,
                crm.exportService);
    }

    /** The day picture on {@code crm}'s in-memory ports, drawn by the real renderer. */
    public static club.lasertag.crm.domain.port.in.DayPicture dayPictureOf(TestCrm crm) {
        return new club.lasertag.crm.domain.service.DayPictureService(crm.orders, crm.clients, crm.rules, crm.clock,
                crm.access, new club.lasertag.crm.pictures.Java2dDayPictures());
    }

    /** The user types {@code text} in their private chat; returns the bot's new messages once it is idle. */
    public List<ChatMessage> say(EmulatedUser user, String text) {
        int sent = telegram.sendText(user, user.id(), text).messageId();
        awaitIdle();
        return telegram.chat(user.id()).botMessages().stream().filter(message -> message.messageId() > sent).toList();
    }

    /** As {@link #say}, expecting one answer and returning it. */
    public ChatMessage sayOne(EmulatedUser user, String text) {
        List<ChatMessage> answers = say(user, text);
        if (answers.size() != 1) {
            throw new AssertionError("expected one answer to '" + text + "', got " + answers);
        }
        return answers.get(0);
    }

    /**
     * The user presses the button labelled {@code label} on {@code message}; returns the bot's latest message
     * once it is idle (the same message edited in place, or a new one).
     */
    public ChatMessage press(EmulatedUser user, ChatMessage message, String label) {
        telegram.pressButton(user, message, label);
        awaitIdle();
        return lastBotMessage(user);
    }

    /** Waits until the bot has handled every update and made every call it was going to make. */
    public void awaitIdle() {
        telegram.awaitIdle(QUIET, WAIT);
    }

    /** The bot's latest message in the user's chat, as it shows now (after edits). */
    public ChatMessage lastBotMessage(EmulatedUser user) {
        return telegram.chat(user.id()).lastBotMessage().orElseThrow(() -> new AssertionError("the bot said nothing"));
    }

    @Override
    public void close() {
        stopBot();
        telegram.close();
        database.close();
    }

    /**
     * Shares one {@link BotHarness} among the tests of a class ({@link #sharedBy}): made for the first test,
     * {@linkplain #reset() reset} after each test, closed after the last. Test classes may run in parallel; each
     * has its own harness.
     */
    public static final class PerClass implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

        private static final Set<Class<?>> ACTIVE = ConcurrentHashMap.newKeySet();
        private static final Map<Class<?>, BotHarness> HARNESSES = new ConcurrentHashMap<>();

        static BotHarness harnessOf(Class<?> testClass) {
            if (!ACTIVE.contains(testClass)) {
                throw new IllegalStateException(testClass.getSimpleName()
                        + " shares a BotHarness without @ExtendWith(BotHarness.PerClass.class), which closes it");
            }
            return HARNESSES.computeIfAbsent(testClass, key -> new BotHarness());
        }

        @Override
        public void beforeAll(ExtensionContext context) {
            ACTIVE.add(context.getRequiredTestClass());
        }

        @Override
        public void afterEach(ExtensionContext context) {
            BotHarness harness = HARNESSES.get(context.getRequiredTestClass());
            if (harness != null) {
                harness.reset();
            }
        }

        @Override
        public void afterAll(ExtensionContext context) {
            ACTIVE.remove(context.getRequiredTestClass());
            BotHarness harness = HARNESSES.remove(context.getRequiredTestClass());
            if (harness != null) {
                harness.close();
            }
        }
    }
}
