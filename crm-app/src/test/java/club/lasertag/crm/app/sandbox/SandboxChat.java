package club.lasertag.crm.app.sandbox;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The sandbox web chat as a page object, on the DOM hooks listed in the sandbox's package-info:
 * choose a person, write, press the button labelled X under the last bot message, wait for the
 * last bot message to say Y. Every step waits explicitly on the page's hooks, never sleeps.
 */
public final class SandboxChat {

    private static final By LAST_BOT_MESSAGE = By.cssSelector("#messages .message.last-bot-message");
    private static final By LAST_BOT_TEXT = By.cssSelector("#messages .message.last-bot-message .text");
    private static final By PENDING_BUTTON = By.cssSelector("#messages .inline-button.pending");

    private final HeadlessChromium browser;
    private final WebDriver driver;

    public SandboxChat(HeadlessChromium browser) {
        this.browser = browser;
        this.driver = browser.driver();
    }

    /** Opens the page and waits until it shows the first chat. */
    public SandboxChat open(String url) {
        driver.get(url);
        browser.until(ExpectedConditions.attributeToBe(By.id("app"), "data-ready", "true"));
        return this;
    }

    /** Switches to this person's chat (a no-op if it is already shown) and waits until it is rendered. */
    public SandboxChat as(long personId) {
        String id = String.valueOf(personId);
        if (!id.equals(driver.findElement(By.id("messages")).getAttribute("data-person-id"))) {
            person(personId).click();
        }
        browser.until(ExpectedConditions.attributeToBe(By.id("messages"), "data-person-id", id));
        browser.until(ExpectedConditions.attributeToBe(person(personId), "aria-pressed", "true"));
        return this;
    }

    public WebElement person(long personId) {
        return driver.findElement(By.cssSelector("#persons .person[data-person-id='" + personId + "']"));
    }

    public WebElement input() {
        return driver.findElement(By.id("message-input"));
    }

    /** Types the text, sends it with Enter and waits until the page has posted it. */
    public SandboxChat send(String text) {
        input().sendKeys(text);
        input().sendKeys(Keys.ENTER);
        awaitSent();
        return this;
    }

    /** Clicks the send button and waits until the page has posted what is typed. */
    public SandboxChat clickSend() {
        driver.findElement(By.id("send-button")).click();
        awaitSent();
        return this;
    }

    private void awaitSent() {
        browser.until(driver -> input().getDomProperty("value").isEmpty());
        browser.until(ExpectedConditions.elementToBeClickable(By.id("send-button")));
    }

    /**
     * Presses the inline button labelled exactly {@code label} under the last bot message and waits
     * until the bot has answered the press (the button is no longer pending). What the bot shows
     * next is for {@link #awaitLastBotMessage(String)} to wait for.
     */
    public SandboxChat press(String label) {
        browser.until(ExpectedConditions.numberOfElementsToBe(PENDING_BUTTON, 0));
        browser.until(driver -> {
            try {
                button(label).click();
                return true;
            } catch (StaleElementReferenceException e) {
                return false; // re-rendered between finding and clicking: find it again
            }
        });
        browser.until(ExpectedConditions.numberOfElementsToBe(PENDING_BUTTON, 0));
        return this;
    }

    /** The button labelled exactly {@code label} under the last bot message. */
    public WebElement button(String label) {
        WebElement message = lastBotMessage();
        List<WebElement> buttons = message.findElements(By.cssSelector(".inline-button"));
        return buttons.stream().filter(button -> label.equals(button.getAttribute("data-text"))).findFirst()
                .orElseThrow(() -> new AssertionError("no button '" + label + "' under the last bot message "
                        + "«" + message.getText() + "»; buttons: " + buttonLabels(message)));
    }

    /** The labels of the buttons under the last bot message, row by row. */
    public List<String> buttonLabels() {
        return buttonLabels(lastBotMessage());
    }

    private static List<String> buttonLabels(WebElement message) {
        return message.findElements(By.cssSelector(".inline-button")).stream()
                .map(button -> button.getAttribute("data-text")).toList();
    }

    /** Waits until the text of the last bot message contains {@code textPart}; returns that message. */
    public WebElement awaitLastBotMessage(String textPart) {
        try {
            browser.until(ExpectedConditions.textToBePresentInElementLocated(LAST_BOT_TEXT, textPart));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("the last bot message never said «" + textPart + "»; it says «"
                    + lastBotTextOrNothing() + "»", e);
        }
        return lastBotMessage();
    }

    public WebElement lastBotMessage() {
        return driver.findElement(LAST_BOT_MESSAGE);
    }

    /** The text of the last bot message (without its buttons). */
    public String lastBotText() {
        return driver.findElement(LAST_BOT_TEXT).getText();
    }

    private String lastBotTextOrNothing() {
        List<WebElement> texts = driver.findElements(LAST_BOT_TEXT);
        return texts.isEmpty() ? "(no bot message)" : texts.get(0).getText();
    }

    /** The texts of all messages of the chat shown, oldest first. */
    public List<String> messageTexts() {
        return driver.findElements(By.cssSelector("#messages .message .text")).stream()
                .map(WebElement::getText).toList();
    }

    /** Waits until the toast shows exactly this text. */
    public SandboxChat awaitToast(String text) {
        browser.until(ExpectedConditions.textToBe(By.id("toast"), text));
        return this;
    }
}
