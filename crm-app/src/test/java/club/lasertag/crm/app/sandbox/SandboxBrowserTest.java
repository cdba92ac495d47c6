package club.lasertag.crm.app.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.pengrad.telegrambot.request.SendMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The sandbox page in a real headless Chromium ({@link HeadlessChromium}, through the
 * {@link SandboxChat} page object): write, press an inline button, see the edit, follow live
 * updates, switch person. Leaves a screenshot in {@code crm-app/target/sandbox-screenshot.png}.
 * Without chromedriver it fails on CI and is skipped (loudly) elsewhere.
 */
class SandboxBrowserTest {

    private HeadlessChromium browser;
    private WebDriver driver;
    private SandboxChat chat;
    private EchoSandbox sandbox;

    @BeforeEach
    void openTheBrowser() {
        browser = HeadlessChromium.start("SandboxBrowserTest");
        driver = browser.driver();
        chat = new SandboxChat(browser);
        sandbox = new EchoSandbox();
    }

    @AfterEach
    void closeTheBrowser() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (sandbox != null) {
                sandbox.close();
            }
        }
    }

    @Test
    void chatInTheBrowserAsAManagerWould() {
        try {
            scenario();
        } catch (RuntimeException | AssertionError e) {
            browser.screenshotQuietly("sandbox-failure.png");
            throw e;
        }
    }

    private void scenario() {
        chat.open(sandbox.url());
        assertThat(driver.findElements(By.cssSelector("#persons .person")))
                .extracting(WebElement::getText).containsExactly("Администратор", "Менеджер", "Незнакомец");
        assertThat(chat.person(1).getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(driver.findElement(By.id("empty")).isDisplayed()).isTrue();

        // the /-command hint lists what the bot set with setMyCommands
        chat.input().sendKeys("/");
        browser.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#commands .command[data-command='order']")));
        assertThat(driver.findElements(By.cssSelector("#commands .command")))
                .extracting(element -> element.getAttribute("data-command")).containsExactly("client", "order", "calendar");
        chat.input().sendKeys(Keys.BACK_SPACE);
        browser.until(ExpectedConditions.invisibilityOfElementLocated(By.id("commands")));

        // write (Enter sends); the user's markup stays text, the bot's HTML is formatted
        chat.send("Привет, <b>бот</b> & все");
        WebElement reply = chat.awaitLastBotMessage("Вы написали:");
        WebElement mine = driver.findElement(By.cssSelector("#messages .message[data-sender='user']"));
        assertThat(mine.getText()).startsWith("Привет, <b>бот</b> & все");
        assertThat(mine.findElements(By.cssSelector(".text b"))).isEmpty();
        assertThat(reply.findElement(By.cssSelector(".text b")).getText()).isEqualTo("Привет, <b>бот</b> & все");
        assertThat(chat.input().getAttribute("value")).isEmpty();

        // press an inline button: the bot edits the message in place and answers with a toast
        String messageId = reply.getAttribute("data-message-id");
        chat.press("Нажми меня");
        browser.until(ExpectedConditions.attributeToBe(
                By.cssSelector(".message[data-message-id='" + messageId + "']"), "data-edit-count", "1"));
        WebElement edited = chat.lastBotMessage();
        assertThat(edited.getAttribute("data-message-id")).isEqualTo(messageId);
        assertThat(edited.findElement(By.cssSelector(".text")).getText()).isEqualTo("Кнопка нажата: press:1 ✔");
        assertThat(edited.findElement(By.cssSelector(".edited-mark")).getText()).isEqualTo("изменено");
        assertThat(edited.findElements(By.cssSelector(".inline-button")))
                .extracting(element -> element.getAttribute("data-text")).containsExactly("Ещё раз");
        chat.awaitToast(EchoSandbox.PRESS_ANSWER);
        assertThat(driver.findElements(By.cssSelector("#messages .message"))).hasSize(2);

        // switch person: their own chat, empty so far
        chat.as(2);
        browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("empty")));
        assertThat(chat.person(2).getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(chat.person(1).getAttribute("aria-pressed")).isEqualTo("false");
        assertThat(driver.findElements(By.cssSelector("#messages .message"))).isEmpty();
        assertThat(driver.findElement(By.id("person-description")).getText()).contains("Менеджер", "id 2");
        chat.input().sendKeys("Я менеджер");
        chat.clickSend();
        chat.awaitLastBotMessage("Вы написали: Я менеджер");
        assertThat(sandbox.emulator.chat(2).visibleMessages().get(0).fromUserId()).isEqualTo(2);

        // back to the admin: the history is still there
        chat.as(1);
        chat.awaitLastBotMessage("Кнопка нажата");
        assertThat(driver.findElement(By.id("messages")).getText()).doesNotContain("Я менеджер");

        // what the bot sends on its own shows up live (long poll); in another chat it marks the person unread
        sandbox.bot.execute(new SendMessage(1L, "Напоминание: в 18:00 игра на <b>арене</b>, 12 игроков")
                .parseMode(com.pengrad.telegrambot.model.request.ParseMode.HTML));
        chat.awaitLastBotMessage("Напоминание:");
        sandbox.bot.execute(new SendMessage(2L, "Менеджеру: новый заказ"));
        browser.until(ExpectedConditions.attributeToBe(chat.person(2), "data-unread", "true"));

        // a photo renders as an image
        chat.send("/photo");
        browser.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".message[data-kind='photo'] img")));
        browser.until(driver -> (Boolean) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "const img = document.querySelector(\".message[data-kind='photo'] img\");"
                        + "return img.complete && img.naturalWidth > 0;"));
        // a document is a download link under its file name
        chat.send("/file");
        WebElement file = browser.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".message[data-kind='document'] .attachment a.file")));
        assertThat(file.getAttribute("download")).isEqualTo("заказ.txt");
        assertThat(file.getText()).contains("заказ.txt");
        assertThat(file.getAttribute("href")).contains("/api/attachment?");
        chat.send("Забронируй арену на субботу");
        chat.awaitLastBotMessage("Забронируй арену");

        // a callback answer with show_alert opens a dialog (not the browser's alert(), which would block)
        chat.press("Всплывашка");
        browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("alert-dialog")));
        assertThat(driver.findElement(By.id("alert-text")).getText()).isEqualTo(EchoSandbox.ALERT_TEXT);
        browser.screenshot("sandbox-screenshot-alert.png");
        driver.findElement(By.id("alert-ok")).click();
        browser.until(ExpectedConditions.invisibilityOfElementLocated(By.id("alert-dialog")));

        // the "/" button lists the commands; picking one sends it
        driver.findElement(By.id("menu-button")).click();
        browser.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#commands .command[data-command='calendar']")));
        browser.screenshot("sandbox-screenshot-commands.png");
        driver.findElement(By.cssSelector("#commands .command[data-command='calendar']")).click();
        browser.until(ExpectedConditions.invisibilityOfElementLocated(By.id("commands")));
        WebElement calendar = chat.awaitLastBotMessage("Вы написали: /calendar");

        // the picture to look at: the latest message just edited by a press, its answer in a toast
        String pressed = calendar.getAttribute("data-message-id");
        chat.press("Нажми меня");
        browser.until(ExpectedConditions.attributeToBe(
                By.cssSelector(".message[data-message-id='" + pressed + "']"), "data-edit-count", "1"));
        chat.awaitToast(EchoSandbox.PRESS_ANSWER);
        browser.screenshot("sandbox-screenshot.png");
        browser.resize(new Dimension(1200, 820));
        browser.screenshot("sandbox-screenshot-desktop.png");
    }
}
