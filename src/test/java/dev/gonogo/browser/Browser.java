package dev.gonogo.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * One headless Chromium, shared by the tests of a class (starting one costs seconds). It opens pages in a colour
 * scheme and at a width, and reports what the page did: console errors and the requests that failed or left
 * for somewhere else.
 */
final class Browser implements AutoCloseable {
    /** Axe needs a while on long pages; the default of Selenium is shorter. */
    private static final Duration SCRIPT_TIMEOUT = Duration.ofSeconds(30);

    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final ObjectMapper json = new ObjectMapper();

    private Browser(ChromeDriverService service, ChromeDriver driver) {
        this.service = service;
        this.driver = driver;
    }

    /** Starts Chromium with a fresh profile in {@code profile}; skips or fails the test when it is absent. */
    static Browser start(Path profile) {
        Chromium.assumeInstalled();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(Chromium.BROWSER.toFile());
        // Headless, and off the network: no updates, no sync, no QUIC probes, no first-run pages.
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--force-color-profile=srgb",
                "--lang=en-US", "--window-size=1280,900", "--user-data-dir=" + profile.toAbsolutePath());
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        // Leave a dialog open, so that a test can see it instead of Selenium dismissing it.
        options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Chromium.DRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(SCRIPT_TIMEOUT).pageLoadTimeout(Duration.ofSeconds(30));
        return new Browser(service, driver);
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Opens {@code uri} in {@code scheme} at {@code width} CSS pixels; what earlier pages logged is dropped. */
    void open(URI uri, ColorScheme scheme, Viewport viewport) {
        driver.manage().logs().get(LogType.BROWSER);
        driver.manage().logs().get(LogType.PERFORMANCE);
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-color-scheme", "value", scheme.mediaValue()))));
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", viewport.width(),
                "height", viewport.height(), "deviceScaleFactor", 1, "mobile", viewport.mobile()));
        driver.get(uri.toString());
    }

    /** The console messages of level SEVERE since the page was opened: script errors, CSP violations, 404s. */
    List<String> consoleErrors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(entry.getMessage());
            }
        }
        return errors;
    }

    /** What the page asked the network for since it was opened, from Chromium's DevTools events. */
    NetworkLog network() {
        List<JsonNode> events = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            try {
                JsonNode message = json.readTree(entry.getMessage()).path("message");
                if (message.path("method").asText().startsWith("Network.")) {
                    events.add(message);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("unreadable DevTools event: " + entry.getMessage(), e);
            }
        }
        return NetworkLog.of(events);
    }

    /** Whether a JavaScript dialog (alert, confirm, prompt) is open. */
    boolean dialogOpen() {
        try {
            driver.switchTo().alert();
            return true;
        } catch (NoAlertPresentException e) {
            return false;
        }
    }

    /** Runs a script in the page and returns its result, as Selenium converts it. */
    Object script(String script, Object... arguments) {
        return driver.executeScript(script, arguments);
    }

    /** Saves the whole page (not just the viewport) as a PNG. */
    void screenshot(Path file) {
        Number height = (Number) script("return document.documentElement.scrollHeight");
        Number width = (Number) script("return document.documentElement.clientWidth");
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", width,
                        "height", height, "scale", 1)));
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
        }
    }

    /** The two values of {@code prefers-color-scheme} the theme supports. */
    enum ColorScheme {
        LIGHT, DARK;

        String mediaValue() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A viewport: a desktop browser window or a phone held upright. */
    record Viewport(String name, int width, int height, boolean mobile) {
        static final Viewport DESKTOP = new Viewport("desktop", 1280, 900, false);
        static final Viewport PHONE = new Viewport("phone", 390, 844, true);
    }
}
