package charactergraph.api.page;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver by Selenium: a real browser engine for the story
 * page's tests. Where the two programs are not installed the tests are skipped with a message saying what to
 * install, except under CI ({@code CI=true}), where {@code .ci/run} installs them, and a missing browser fails.
 * Every host name but this machine's is made unresolvable, so a page that reached for a CDN would break here.
 */
final class Chromium implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(90);
    private final Path profile;
    private final ChromeDriverService service;
    final ChromeDriver driver;

    private Chromium(Path browser, Path chromedriver, int width, int height) throws IOException {
        profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-background-networking",
                "--disable-dev-shm-usage", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
                "--disable-extensions", "--disable-sync", "--disable-component-update",
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height, "--lang=en-GB");
        service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort()
                .withTimeout(WAIT).build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(WAIT);
        driver.manage().timeouts().pageLoadTimeout(WAIT);
    }

    /** Chromium at this window size, or the test skipped (failed under CI) when it is not installed. */
    static Chromium start(int width, int height) throws IOException {
        Optional<Path> browser = find("CHROMIUM_BINARY", "chromium", "chromium-browser");
        Optional<Path> chromedriver = find("CHROMEDRIVER", "chromedriver");
        String missing = browser.isEmpty() ? "chromium" : chromedriver.isEmpty() ? "chromedriver" : null;
        if (missing != null) {
            String why = "The story page's browser tests need Debian's Chromium and its driver, and " + missing
                    + " is not on the PATH: apt-get install chromium chromium-driver (.ci/run installs them),"
                    + " or set CHROMIUM_BINARY and CHROMEDRIVER.";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(why + " Under CI the browser must be there.");
            }
            Assumptions.abort(why);
        }
        return new Chromium(browser.get(), chromedriver.get(), width, height);
    }

    private static Optional<Path> find(String variable, String... names) {
        String given = System.getenv(variable);
        if (given != null && !given.isBlank()) {
            return Optional.of(Path.of(given));
        }
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("/usr/bin:/bin");
        for (String name : names) {
            for (String dir : path.split(File.pathSeparator)) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p) && !Files.isDirectory(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    /** Waits for a condition; the page re-renders panels as answers arrive, so an element found may go stale. */
    WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, WAIT, Duration.ofMillis(100));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** Opens a page of the app and waits until its script says the story is drawn. */
    void open(String url) {
        driver.get(url);
        waiting().until(d -> "ready".equals(js("return document.body.dataset.state || ''")));
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    @SuppressWarnings("unchecked")
    List<Object> jsList(String script, Object... args) {
        return (List<Object>) js(script, args);
    }

    long jsLong(String script, Object... args) {
        return ((Number) js(script, args)).longValue();
    }

    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    void screenshot(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    }

    WebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
