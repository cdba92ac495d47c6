package club.lasertag.crm.app.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.pengrad.telegrambot.request.SendMessage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The sandbox page in a real headless Chromium (Debian's chromium + chromium-driver): write, press
 * an inline button, see the edit, follow live updates, switch person. Leaves a screenshot in
 * {@code crm-app/target/sandbox-screenshot.png}. Without chromedriver it fails on CI and is skipped
 * (loudly) elsewhere.
 */
class SandboxBrowserTest {

    /** Debian's paths; {@code -Dsandbox.chromedriver=...} / {@code -Dsandbox.chromium=...} point elsewhere. */
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("sandbox.chromedriver", "/usr/bin/chromedriver"));
    private static final Path CHROMIUM = Path.of(System.getProperty("sandbox.chromium", "/usr/bin/chromium"));
    private static final Duration WAIT = Duration.ofSeconds(15);
    /** Selenium warns that it has no CDP bindings for this Chromium; the test does not use CDP. */
    private static final java.util.logging.Logger CDP_LOG = quiet("org.openqa.selenium.devtools");

    private EchoSandbox sandbox;
    private ChromeDriverService service;
    private ChromeDriver driver;
    private WebDriverWait wait;
    private Path profile;

    @BeforeEach
    void openTheBrowser() throws IOException {
        requireBrowser();
        sandbox = new EchoSandbox();
        profile = Files.createTempDirectory("sandbox-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--hide-scrollbars", "--force-device-scale-factor=2",
                "--lang=ru-RU", "--user-data-dir=" + profile);
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(400, 800)); // a phone
        wait = new WebDriverWait(driver, WAIT);
    }

    @AfterEach
    void closeTheBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (service != null) {
            service.stop();
        }
        if (sandbox != null) {
            sandbox.close();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    void chatInTheBrowserAsAManagerWould() throws IOException {
        try {
            scenario();
        } catch (RuntimeException | AssertionError e) {
            screenshot("sandbox-failure.png");
            throw e;
        }
    }

    private void scenario() throws IOException {
        driver.get(sandbox.url());
        wait.until(ExpectedConditions.attributeToBe(By.id("app"), "data-ready", "true"));
        assertThat(driver.findElements(By.cssSelector("#persons .person")))
                .extracting(WebElement::getText).containsExactly("Администратор", "Менеджер", "Незнакомец");
        assertThat(person(1).getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(driver.findElement(By.id("empty")).isDisplayed()).isTrue();

        // the /-command hint lists what the bot set with setMyCommands
        input().sendKeys("/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#commands .command[data-command='order']")));
        assertThat(driver.findElements(By.cssSelector("#commands .command")))
                .extracting(element -> element.getAttribute("data-command")).containsExactly("client", "order", "calendar");
        input().sendKeys(Keys.BACK_SPACE);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("commands")));

        // write (Enter sends); the user's markup stays text, the bot's HTML is formatted
        input().sendKeys("Привет, <b>бот</b> & все");
        input().sendKeys(Keys.ENTER);
        WebElement reply = awaitLastBotMessage("Вы написали:");
        WebElement mine = driver.findElement(By.cssSelector("#messages .message[data-sender='user']"));
        assertThat(mine.getText()).startsWith("Привет, <b>бот</b> & все");
        assertThat(mine.findElements(By.cssSelector(".text b"))).isEmpty();
        assertThat(reply.findElement(By.cssSelector(".text b")).getText()).isEqualTo("Привет, <b>бот</b> & все");
        assertThat(input().getAttribute("value")).isEmpty();

        // press an inline button: the bot edits the message in place and answers with a toast
        String messageId = reply.getAttribute("data-message-id");
        button(reply, "Нажми меня").click();
        wait.until(ExpectedConditions.attributeToBe(
                By.cssSelector(".message[data-message-id='" + messageId + "']"), "data-edit-count", "1"));
        WebElement edited = lastBotMessage();
        assertThat(edited.getAttribute("data-message-id")).isEqualTo(messageId);
        assertThat(edited.findElement(By.cssSelector(".text")).getText()).isEqualTo("Кнопка нажата: press:1 ✔");
        assertThat(edited.findElement(By.cssSelector(".edited-mark")).getText()).isEqualTo("изменено");
        assertThat(edited.findElements(By.cssSelector(".inline-button")))
                .extracting(element -> element.getAttribute("data-text")).containsExactly("Ещё раз");
        wait.until(ExpectedConditions.textToBe(By.id("toast"), EchoSandbox.PRESS_ANSWER));
        assertThat(driver.findElements(By.cssSelector("#messages .message"))).hasSize(2);

        // switch person: their own chat, empty so far
        person(2).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("messages"), "data-person-id", "2"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("empty")));
        assertThat(person(2).getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(person(1).getAttribute("aria-pressed")).isEqualTo("false");
        assertThat(driver.findElements(By.cssSelector("#messages .message"))).isEmpty();
        assertThat(driver.findElement(By.id("person-description")).getText()).contains("Менеджер", "id 2");
        input().sendKeys("Я менеджер");
        driver.findElement(By.id("send-button")).click();
        awaitLastBotMessage("Вы написали: Я менеджер");
        assertThat(sandbox.emulator.chat(2).visibleMessages().get(0).fromUserId()).isEqualTo(2);

        // back to the admin: the history is still there
        person(1).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("messages"), "data-person-id", "1"));
        awaitLastBotMessage("Кнопка нажата");
        assertThat(driver.findElement(By.id("messages")).getText()).doesNotContain("Я менеджер");

        // what the bot sends on its own shows up live (long poll); in another chat it marks the person unread
        sandbox.bot.execute(new SendMessage(1L, "Напоминание: в 18:00 игра на <b>арене</b>, 12 игроков")
                .parseMode(com.pengrad.telegrambot.model.request.ParseMode.HTML));
        awaitLastBotMessage("Напоминание:");
        sandbox.bot.execute(new SendMessage(2L, "Менеджеру: новый заказ"));
        wait.until(ExpectedConditions.attributeToBe(person(2), "data-unread", "true"));

        // a photo renders as an image
        input().sendKeys("/photo" + Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".message[data-kind='photo'] img")));
        wait.until(driver -> (Boolean) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "const img = document.querySelector(\".message[data-kind='photo'] img\");"
                        + "return img.complete && img.naturalWidth > 0;"));
        input().sendKeys("Забронируй арену на субботу");
        input().sendKeys(Keys.ENTER);
        awaitLastBotMessage("Забронируй арену");

        // a callback answer with show_alert opens a dialog (not the browser's alert(), which would block)
        button(lastBotMessage(), "Всплывашка").click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("alert-dialog")));
        assertThat(driver.findElement(By.id("alert-text")).getText()).isEqualTo(EchoSandbox.ALERT_TEXT);
        screenshot("sandbox-screenshot-alert.png");
        driver.findElement(By.id("alert-ok")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("alert-dialog")));

        // the "/" button lists the commands; picking one sends it
        driver.findElement(By.id("menu-button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#commands .command[data-command='calendar']")));
        screenshot("sandbox-screenshot-commands.png");
        driver.findElement(By.cssSelector("#commands .command[data-command='calendar']")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("commands")));
        WebElement calendar = awaitLastBotMessage("Вы написали: /calendar");

        // the picture to look at: the latest message just edited by a press, its answer in a toast
        String pressed = calendar.getAttribute("data-message-id");
        button(calendar, "Нажми меня").click();
        wait.until(ExpectedConditions.attributeToBe(
                By.cssSelector(".message[data-message-id='" + pressed + "']"), "data-edit-count", "1"));
        wait.until(ExpectedConditions.textToBe(By.id("toast"), EchoSandbox.PRESS_ANSWER));
        screenshot("sandbox-screenshot.png");
        driver.manage().window().setSize(new Dimension(1200, 820));
        screenshot("sandbox-screenshot-desktop.png");
    }

    // ---- page helpers: the DOM hooks the lead's scenario tests will use too ----

    private WebElement input() {
        return driver.findElement(By.id("message-input"));
    }

    private WebElement person(long id) {
        return driver.findElement(By.cssSelector("#persons .person[data-person-id='" + id + "']"));
    }

    private WebElement lastBotMessage() {
        return driver.findElement(By.cssSelector("#messages .message.last-bot-message"));
    }

    private WebElement awaitLastBotMessage(String textPart) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#messages .message.last-bot-message"), textPart));
        return lastBotMessage();
    }

    private static WebElement button(WebElement message, String text) {
        List<WebElement> buttons = message.findElements(By.cssSelector(".inline-button"));
        return buttons.stream().filter(button -> text.equals(button.getAttribute("data-text"))).findFirst()
                .orElseThrow(() -> new AssertionError("no button '" + text + "' under the message; buttons: "
                        + buttons.stream().map(WebElement::getText).toList()));
    }

    private void screenshot(String name) throws IOException {
        if (driver == null) {
            return;
        }
        Path target = Path.of(System.getProperty("basedir", "."), "target", name);
        Files.createDirectories(target.getParent());
        Files.write(target, driver.getScreenshotAs(OutputType.BYTES));
    }

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.SEVERE);
        return logger;
    }

    private static void requireBrowser() {
        if (Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM)) {
            return;
        }
        String missing = "the sandbox browser test needs Debian's chromium and chromium-driver ("
                + CHROMIUM + ", " + CHROMEDRIVER + "): apt-get install -y chromium chromium-driver";
        if (System.getenv("CI") != null) {
            fail(missing + " (.ci/run installs them)");
        }
        System.err.println("!!!!! SKIPPED SandboxBrowserTest: " + missing + " !!!!!");
        Assumptions.abort(missing);
    }
}
