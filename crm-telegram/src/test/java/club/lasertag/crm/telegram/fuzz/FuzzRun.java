package club.lasertag.crm.telegram.fuzz;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.AppenderBase;
import club.lasertag.crm.botapi.ApiCall;
import club.lasertag.crm.botapi.BotApiEmulator;
import club.lasertag.crm.botapi.EmulatedUser;
import club.lasertag.crm.domain.client.Client;
import club.lasertag.crm.domain.order.ClubRules;
import club.lasertag.crm.domain.port.in.BookingOutcome;
import club.lasertag.crm.domain.staff.Role;
import club.lasertag.crm.domain.staff.StaffId;
import club.lasertag.crm.domain.staff.StaffMember;
import club.lasertag.crm.domain.testing.BookingRequestBuilder;
import club.lasertag.crm.domain.testing.TestCrm;
import club.lasertag.crm.persistence.JooqPorts;
import club.lasertag.crm.telegram.bot.Features;
import club.lasertag.crm.telegram.chat.Router;
import club.lasertag.crm.telegram.chat.UpdateHandler;
import club.lasertag.crm.telegram.edge.CrmBot;
import club.lasertag.crm.telegram.edge.RoleMenus;
import club.lasertag.crm.telegram.edge.gateway.TelegramClients;
import club.lasertag.crm.telegram.edge.gateway.TelegramGateway;
import club.lasertag.crm.telegram.testing.BotHarness;
import club.lasertag.crm.telegram.fuzz.FuzzedUpdates.Fuzzed;
import club.lasertag.crm.telegram.fuzz.FuzzedUpdates.Person;
import com.pengrad.telegrambot.TelegramBot;
import com.pengrad.telegrambot.model.Update;
import com.pengrad.telegrambot.utility.BotUtils;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import static club.lasertag.crm.domain.testing.ClientProfileBuilder.aClient;

/**
 * Runs fuzzed updates through the whole bot, as a webhook would hand them over: pengrad parses the JSON,
 * {@link CrmBot#handle} converts and routes it, the real features and use cases work on the given migrated
 * database and every answer goes over HTTP to the {@link BotApiEmulator}, which refuses what Telegram refuses.
 * Collects what went wrong: a log event with a stack trace or at ERROR, a Telegram error, a staff member's
 * private message left unanswered, a callback query left spinning.
 *
 * <p>{@code -Dfuzz.seed=<n>} (or {@code random}) and {@code -Dfuzz.updates=<n>} reproduce or scale a run.
 */
final class FuzzRun {

    static final int DEFAULT_UPDATES = 10_000;
    private static final Set<String> ANSWERS = Set.of("sendmessage", "editmessagetext");
    private static final String NOT_MODIFIED = "message is not modified";
    private static final String EDIT_NOT_FOUND = "message to edit not found";
    private static final String NO_TEXT_TO_EDIT = "there is no text in the message to edit";

    /** What a run found, with the seed and count to repeat it. */
    record Outcome(long seed, int updates, Duration took, List<String> findings, Map<String, Integer> kinds,
            Map<String, Integer> calls) {

        String summary(String database) {
            return "fuzz " + database + ": " + updates + " updates, seed " + seed + " (-Dfuzz.seed=" + seed
                    + " -Dfuzz.updates=" + updates + "), " + took.toMillis() + " ms, " + findings.size()
                    + " findings; updates " + kinds + "; Bot API calls " + calls;
        }
    }

    private FuzzRun() {
    }

    static long seed(long defaultSeed) {
        String configured = System.getProperty("fuzz.seed", "").strip();
        if (configured.isEmpty()) {
            return defaultSeed;
        }
        return configured.equalsIgnoreCase("random") ? new Random().nextLong() : Long.parseLong(configured);
    }

    static int updates() {
        return Integer.getInteger("fuzz.updates", DEFAULT_UPDATES);
    }

    static Outcome run(JooqPorts ports, long seed, int count) {
        TestCrm crm = new TestCrm(ClubRules.defaults(TestCrm.ZONE), ports.clients(), ports.orders(), ports.staff());
        List<Person> staff = List.of(
                new Person(EmulatedUser.of(TestCrm.ADMIN.value(), "Анна"), true),
                new Person(EmulatedUser.of(2, "Мария"), true),
                new Person(EmulatedUser.of(3, "Игорь"), true));
        crm.staff.save(new StaffMember(new StaffId(2), "Мария", Role.MANAGER));
        crm.staff.save(new StaffMember(new StaffId(3), "Игорь", Role.INSTRUCTOR));
        arrangeClientsAndOrders(crm, new StaffId(2));
        List<Person> strangers = List.of(new Person(EmulatedUser.of(4, "Незнакомец"), false));

        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Logger botLog = (Logger) LoggerFactory.getLogger("club.lasertag.crm");
        Level botLevel = botLog.getLevel();
        BotLog log = new BotLog(Thread.currentThread());
        try (BotApiEmulator telegram = BotApiEmulator.start()) {
            TelegramBot pengrad = TelegramClients.create(telegram.token(), telegram.apiUrl());
            TelegramGateway gateway = new TelegramGateway(pengrad, duration -> { });
            Router router = new Router(Features.all(BotHarness.useCasesOf(crm)), crm.staffService,
                    ports.dialogStates(), crm.clock, new RoleMenus(gateway));
            CrmBot bot = new CrmBot(pengrad, gateway,
                    new UpdateHandler(router, ports.unitOfWork(), ports.processedUpdates(), ports.outbox()), ports.outbox());
            bot.prepare();
            FuzzedUpdates updates = new FuzzedUpdates(new Random(seed), telegram, staff, strangers);
            List<String> findings = new ArrayList<>();
            Map<String, Integer> kinds = new TreeMap<>();
            Map<String, Integer> calls = new TreeMap<>();
            log.start();
            root.addAppender(log);
            // The bot logs each update at INFO: thousands of lines that say nothing here. WARN and up still pass.
            botLog.setLevel(Level.WARN);
            long started = System.nanoTime();
            for (int i = 0; i < count; i++) {
                Fuzzed fuzzed = updates.next();
                kinds.merge(fuzzed.kind(), 1, Integer::sum);
                log.current = fuzzed;
                int before = telegram.callCount();
                Update update = BotUtils.parseUpdate(fuzzed.json());
                bot.handle(update);
                List<ApiCall> made = telegram.callsFrom(before);
                made.forEach(call -> calls.merge(call.method() + (call.succeeded() ? "" : " failed"), 1, Integer::sum));
                check(fuzzed, made, findings);
            }
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            findings.addAll(log.findings);
            bot.close();
            return new Outcome(seed, count, took, findings, kinds, calls);
        } finally {
            botLog.setLevel(botLevel);
            root.detachAppender(log);
        }
    }

    /** A few clients and orders, so searches find someone and forged ids sometimes hit a real record. */
    private static void arrangeClientsAndOrders(TestCrm crm, StaffId manager) {
        String[] surnames = {"Иванов", "Петрова", "<b>Tom</b> & Jerry", "O'Brien", "Ёлкин"};
        for (int i = 0; i < surnames.length; i++) {
            Client client = crm.clients.add(aClient().surname(surnames[i]).phone("+7912000000" + i).build());
            for (int day = 0; day < 3; day++) {
                BookingOutcome booked = crm.bookingService.book(BookingRequestBuilder.aBooking().client(client.id())
                        .on(LocalDate.of(2030, 6, 2 + day + i * 3)).at("1" + (2 + day) + ":00").build(), manager);
                if (!(booked instanceof BookingOutcome.Booked)) {
                    throw new AssertionError("arranged booking refused: " + booked);
                }
            }
        }
    }

    private static void check(Fuzzed fuzzed, List<ApiCall> calls, List<String> findings) {
        for (ApiCall call : calls) {
            if (call.succeeded() || call.description().contains(NOT_MODIFIED)) {
                continue;
            }
            if (fuzzed.missingMessage() && call.method().equalsIgnoreCase("editMessageText")
                    && call.description().contains(EDIT_NOT_FOUND)) {
                continue; // a press on a message that is not there (forged, or deleted meanwhile): sent anew instead
            }
            if (call.method().equalsIgnoreCase("editMessageText") && call.description().contains(NO_TEXT_TO_EDIT)) {
                continue; // a press under a photo or a document: the screen is sent anew instead (the answer check below)
            }
            findings.add(describe(fuzzed, "Telegram refused " + call.method() + ": " + call.description()
                    + " " + shorten(call.params().toString())));
        }
        if (fuzzed.answerChat() != null && calls.stream().noneMatch(call -> call.succeeded()
                && ANSWERS.contains(call.method().toLowerCase())
                && String.valueOf(fuzzed.answerChat()).equals(call.params().get("chat_id")))) {
            findings.add(describe(fuzzed, "a staff member's private message got no answer"));
        }
        if (fuzzed.callbackId() != null && calls.stream().noneMatch(call -> call.succeeded()
                && call.method().equalsIgnoreCase("answerCallbackQuery")
                && fuzzed.callbackId().equals(call.params().get("callback_query_id")))) {
            findings.add(describe(fuzzed, "the callback query was not answered"));
        }
    }

    static String describe(Fuzzed fuzzed, String problem) {
        return problem + "\n    after update " + fuzzed.updateId() + " (" + fuzzed.kind() + "): " + shorten(fuzzed.json());
    }

    private static String shorten(String text) {
        return text.length() <= 600 ? text : text.substring(0, 600) + "…(" + text.length() + " chars)";
    }

    /**
     * The bot's WARN and ERROR events on the fuzzing thread. Other test classes run in parallel in this JVM and
     * may log on purpose (injected faults); the bot handles every fuzzed update synchronously on this thread, so
     * what it logs for them is logged here.
     */
    private static final class BotLog extends AppenderBase<ILoggingEvent> {

        private final Thread fuzzing;
        private final List<String> findings = new ArrayList<>();
        private volatile Fuzzed current;

        BotLog(Thread fuzzing) {
            this.fuzzing = fuzzing;
        }

        @Override
        protected void append(ILoggingEvent event) {
            if (!event.getThreadName().equals(fuzzing.getName()) || current == null) {
                return;
            }
            IThrowableProxy thrown = event.getThrowableProxy();
            boolean stackTrace = thrown != null && event.getLevel().isGreaterOrEqual(Level.WARN);
            if (stackTrace || event.getLevel().isGreaterOrEqual(Level.ERROR)) {
                findings.add(describe(current, event.getLevel() + " " + event.getLoggerName() + ": "
                        + event.getFormattedMessage() + (thrown == null ? "" : " — " + causes(thrown))));
            }
        }

        private static String causes(IThrowableProxy thrown) {
            StringBuilder text = new StringBuilder();
            for (IThrowableProxy cause = thrown; cause != null; cause = cause.getCause()) {
                text.append(cause.getClassName()).append(": ").append(cause.getMessage());
                if (cause.getStackTraceElementProxyArray().length > 0) {
                    text.append(" at ").append(cause.getStackTraceElementProxyArray()[0].getSTEAsString());
                }
                text.append(" / ");
            }
            return text.toString();
        }
    }
}
