package dev.csmock.dashboard;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium driven by Debian's chromedriver (never a downloaded browser): the
 * offline flags keep it from reaching the internet. Without them installed the browser tests are
 * skipped with a message, unless {@code -Dcsmock.browser.required=true} (set by {@code .ci/run})
 * makes that a failure.
 */
final class Browser implements AutoCloseable {

    final WebDriver driver;
    private final ChromeDriverService service;
    private final Path profile;

    private Browser(WebDriver driver, ChromeDriverService service, Path profile) {
        this.driver = driver;
        this.service = service;
        this.profile = profile;
    }

    static Browser start() {
        Optional<Path> chromium = executable("chromium", "chromium-browser");
        Optional<Path> chromedriver = executable("chromedriver");
        if (chromium.isEmpty() || chromedriver.isEmpty()) {
            String missing = "Debian's chromium and chromium-driver are not installed here (apt-get install chromium chromium-driver)";
            if (Boolean.getBoolean("csmock.browser.required")) {
                fail("The browser tests are required (csmock.browser.required=true) but " + missing);
            }
            Assumptions.abort("Skipped: " + missing);
        }
        try {
            Path profile = Files.createTempDirectory("csmock-chromium");
            ChromeOptions options = new ChromeOptions()
                    .setBinary(chromium.get().toFile())
                    .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync",
                            "--disable-dev-shm-usage", "--window-size=1400,1100", "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(chromedriver.get().toFile())
                    .usingAnyFreePort()
                    .build();
            return new Browser(new ChromeDriver(service, options), service, profile);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Waits (at most 15 s) until the condition holds: the page polls the admin API every second
     * and redraws its tables when something changed, so an element found a moment ago may be gone:
     * the condition is then tried again.
     */
    <T> T await(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(15), Duration.ofMillis(100))
                .ignoring(StaleElementReferenceException.class)
                .until(condition::apply);
    }

    private static Optional<Path> executable(String... names) {
        for (String name : names) {
            for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            } catch (IOException ignored) {
                // a temporary profile left behind is harmless
            }
        }
    }
}
