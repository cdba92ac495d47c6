package club.lasertag.crm.app;

import static org.assertj.core.api.Assertions.assertThat;

import club.lasertag.crm.app.sandbox.HeadlessChromium;
import club.lasertag.crm.app.sandbox.SandboxChat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;

/**
 * The whole CRM end to end, as a manager would use it: the real {@link Application} in sandbox mode
 * (the Bot API emulator, the real bot, the sandbox web chat) on a fresh SQLite file, driven in a
 * headless Chromium. The manager adds a client with {@code /client}, books a game from the client
 * card with buttons only, finds the booking in {@code /calendar} and opens it; a stranger is
 * refused. Leaves {@code crm-app/target/crm-sandbox.png} (the booking card) and
 * {@code crm-app/target/crm-sandbox-day.png} (the day in the calendar); with
 * {@code -Dcrm.docs.screenshot=true} it also refreshes the README's {@code docs/sandbox.png}. Without chromedriver it
 * fails on CI and is skipped (loudly) elsewhere.
 */
class CrmInBrowserTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    /** As the bot names months (orders.properties: order.months). */
    private static final List<String> MONTHS = List.of("Январь", "Февраль", "Март", "Апрель", "Май", "Июнь",
            "Июль", "Август", "Сентябрь", "Октябрь", "Ноябрь", "Декабрь");
    private static final long MANAGER = 2;
    private static final long STRANGER = 4;
    private static final String PHONE = "8 916 555-12-34";
    private static final String NAME = "Анна Смирнова";

    @TempDir
    Path directory;

    private HeadlessChromium browser;
    private SandboxChat chat;
    private Application application;

    @BeforeEach
    void startTheCrmAndTheBrowser() {
        browser = HeadlessChromium.start("CrmInBrowserTest");
        chat = new SandboxChat(browser);
        application = new Application(AppConfig.from(new Settings(Map.of(
                "CRM_DB_URL", "jdbc:sqlite:" + directory.resolve("crm.db"),
                "CRM_SANDBOX_PORT", "0",
                "CRM_TIMEZONE", MOSCOW.getId()))));
        application.start();
    }

    @AfterEach
    void stopThem() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (application != null) {
                application.stop();
            }
        }
    }

    @Test
    void aManagerAddsAClientBooksAGameAndFindsItInTheCalendar() throws IOException {
        try {
            scenario();
        } catch (RuntimeException | AssertionError e) {
            browser.screenshotQuietly("crm-sandbox-failure.png");
            throw e;
        }
    }

    private void scenario() throws IOException {
        String url = application.sandboxUrl().orElseThrow(() -> new AssertionError("no sandbox without a token"));
        assertThat(url).doesNotEndWith(":0/").doesNotEndWith(":8080/");
        chat.open(url).as(MANAGER);

        // a new client: phone, name, every optional field skipped
        chat.send("/client");
        chat.awaitLastBotMessage("Напишите телефон или фамилию клиента");
        chat.press("➕ Новый клиент");
        chat.awaitLastBotMessage("шаг 1 из 7");
        chat.send(PHONE);
        chat.awaitLastBotMessage("шаг 2 из 7");
        chat.send(NAME);
        for (int step = 3; step <= 7; step++) {
            chat.awaitLastBotMessage("шаг " + step + " из 7");
            chat.press("Пропустить");
        }
        String clientCard = chat.awaitLastBotMessage("Клиент добавлен").getText();
        assertThat(clientCard).contains(NAME, "+7 916 555-12-34");

        // a booking from the client card, buttons only; the date from the inline calendar, next month
        LocalDate today = LocalDate.now(MOSCOW);
        YearMonth nextMonth = YearMonth.from(today).plusMonths(1);
        LocalDate day = nextMonth.atDay(15);
        String date = day.format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        chat.press("📅 Новая бронь");
        chat.awaitLastBotMessage("Дата игры? " + monthName(YearMonth.from(today)));
        chat.press(monthName(nextMonth) + " ▶");
        chat.awaitLastBotMessage("Дата игры? " + monthName(nextMonth));
        chat.press("15");
        chat.awaitLastBotMessage("Площадка?");
        assertThat(chat.lastBotText()).contains(NAME, date);
        chat.press("Арена");
        chat.awaitLastBotMessage("Сколько играют?");
        chat.press("90 мин");
        chat.awaitLastBotMessage("Начало? Свободное время");
        assertThat(chat.buttonLabels()).contains("10:00", "15:00", "22:30");
        chat.press("15:00");
        chat.awaitLastBotMessage("Комната отдыха после игры?");
        chat.press("Комната 1");
        chat.awaitLastBotMessage("Сколько в комнате?");
        chat.press("60 мин");
        chat.awaitLastBotMessage("Сколько игроков?");
        chat.press("10");
        chat.awaitLastBotMessage("Тип игры?");
        chat.press("День рождения");
        chat.awaitLastBotMessage("Подарки?");
        chat.press("Бандана");
        chat.awaitLastBotMessage("Комментарий?");
        chat.press("Пропустить");
        chat.awaitLastBotMessage("Проверьте бронь");
        assertThat(chat.lastBotText()).contains(NAME, date + " (", "15:00–16:30", "Площадка: Арена",
                "Отдых: Комната 1, 16:30–17:30", "Игроков: 10", "Тип: День рождения", "Подарки: Бандана");
        chat.press("✅ Забронировать");
        chat.awaitLastBotMessage("Забронировано");
        assertThat(chat.lastBotText()).contains("Бронь №1", NAME, "15:00–16:30", "Создал(а): Менеджер");

        // the calendar: next month shows the booking on the 15th; the day lists it with the client's name
        chat.send("/calendar");
        chat.awaitLastBotMessage(monthName(YearMonth.from(today)) + " — броней:");
        chat.press(monthName(nextMonth) + " ▶");
        chat.awaitLastBotMessage(monthName(nextMonth) + " — броней: 1");
        chat.press("15•1");
        chat.awaitLastBotMessage(date + " (");
        assertThat(chat.lastBotText()).contains("броней: 1", "15:00–16:30 Арена", NAME);
        browser.screenshot("crm-sandbox-day.png");

        // the order card, from the day
        chat.press("15:00 Арена · " + NAME);
        WebElement card = chat.awaitLastBotMessage("Бронь №1 ·");
        assertThat(chat.lastBotText()).contains(date, "15:00–16:30", "Площадка: Арена", "Игроков: 10",
                "Тип: День рождения", "Подарки: Бандана", NAME, "+7 916 555-12-34");
        assertThat(chat.buttonLabels()).contains("✏️ Изменить", "🕒 Перенести", "❌ Отменить", "👤 Клиент");
        assertThat(card.getAttribute("data-sender")).isEqualTo("bot");
        Path picture = browser.screenshot("crm-sandbox.png");
        if (Boolean.getBoolean("crm.docs.screenshot")) { // refreshes the README's picture: -Dcrm.docs.screenshot=true
            Path docs = Path.of(System.getProperty("basedir", "."), "..", "docs", "sandbox.png");
            Files.createDirectories(docs.getParent());
            Files.copy(picture, docs, StandardCopyOption.REPLACE_EXISTING);
        }

        // a stranger is refused, and told their id to pass on to the admin
        chat.as(STRANGER);
        chat.send("/client");
        chat.awaitLastBotMessage("Нет доступа");
        assertThat(chat.lastBotText()).contains("Ваш Telegram id: " + STRANGER);
    }

    private static String monthName(YearMonth month) {
        return MONTHS.get(month.getMonthValue() - 1) + " " + month.getYear();
    }
}
