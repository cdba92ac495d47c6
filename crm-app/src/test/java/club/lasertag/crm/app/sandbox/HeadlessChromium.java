package club.lasertag.crm.app.sandbox;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.function.Function;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium for browser tests, driven by Debian's {@code chromium} and
 * {@code chromium-driver} (no driver download): a fresh profile, a phone-size window, Russian UI
 * language, a device scale factor of 2 for crisp screenshots.
 *
 * <p>Without chromedriver/Chromium {@link #start(String)} fails the test on CI (the {@code CI}
 * variable is set) and skips it loudly elsewhere. {@code -Dsandbox.chromedriver=...} and
 * {@code -Dsandbox.chromium=...} point to other binaries.
 */
public final class HeadlessChromium implements AutoCloseable {

    public static final Path CHROMEDRIVER = Path.of(System.getProperty("sandbox.chromedriver", "/usr/bin/chromedriver"));
    public static final Path CHROMIUM = Path.of(System.getProperty("sandbox.chromium", "/usr/bin/chromium"));
    /** A phone, in CSS pixels. */
    public static final Dimension PHONE = new Dimension(400, 800);
    public static final Duration WAIT = Duration.ofSeconds(15);
    /** How often a wait looks again: the bot answers in milliseconds, Selenium's default 500 ms would dominate. */
    private static final Duration POLL = Duration.ofMillis(50);
    /** Selenium warns that it has no CDP bindings for this Chromium; the tests do not use CDP. */
    private static final java.util.logging.Logger CDP_LOG = quiet("org.openqa.selenium.devtools");

    private final Path profile;
    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final WebDriverWait wait;

    private HeadlessChromium(Path profile, ChromeDriverService service, ChromeDriver driver) {
        this.profile = profile;
        this.service = service;
        this.driver = driver;
        this.wait = new WebDriverWait(driver, WAIT, POLL);
        this.wait.ignoring(StaleElementReferenceException.class);
    }

    /**
     * Starts chromedriver and a headless Chromium with a phone-size window.
     *
     * @param testName named in the "skipped" message when the browser is missing
     */
    public static HeadlessChromium start(String testName) {
        requireBrowser(testName);
        Path profile;
        try {
            profile = Files.createTempDirectory("sandbox-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--hide-scrollbars", "--force-device-scale-factor=2",
                "--lang=ru-RU", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver;
        try {
            driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            service.stop();
            deleteQuietly(profile);
            throw e;
        }
        HeadlessChromium browser = new HeadlessChromium(profile, service, driver);
        browser.resize(PHONE);
        return browser;
    }

    public WebDriver driver() {
        return driver;
    }

    /** Waits up to {@link #WAIT} for the condition to give a non-null, non-false value. */
    public <T> T until(Function<? super WebDriver, T> condition) {
        return wait.until(condition);
    }

    public void resize(Dimension size) {
        driver.manage().window().setSize(size);
    }

    /** Saves a PNG of the viewport as {@code target/NAME} of the module under test; returns its path. */
    public Path screenshot(String name) {
        Path target = Path.of(System.getProperty("basedir", "."), "target", name);
        try {
            Files.createDirectories(target.getParent());
            Files.write(target, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** Like {@link #screenshot(String)}, but never throws: for a failing test's last picture. */
    public void screenshotQuietly(String name) {
        try {
            screenshot(name);
        } catch (RuntimeException e) {
            System.err.println("no screenshot " + name + ": " + e.getMessage());
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteQuietly(profile);
        }
    }

    private static void requireBrowser(String testName) {
        if (Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM)) {
            return;
        }
        String missing = "the browser tests need Debian's chromium and chromium-driver ("
                + CHROMIUM + ", " + CHROMEDRIVER + "): apt-get install -y chromium chromium-driver";
        if (System.getenv("CI") != null) {
            fail(missing + " (.ci/run installs them)");
        }
        System.err.println("!!!!! SKIPPED " + testName + ": " + missing + " !!!!!");
        Assumptions.abort(missing);
    }

    private static void deleteQuietly(Path directory) {
        try (var files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException | UncheckedIOException e) {
            System.err.println("could not delete " + directory + ": " + e.getMessage());
        }
    }

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.SEVERE);
        return logger;
    }
}
