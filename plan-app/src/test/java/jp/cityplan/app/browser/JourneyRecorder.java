package jp.cityplan.app.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Screenshots of a browser journey, numbered in the order taken ({@code target/browser/NN-step.png}), and, when the
 * test fails, a last screenshot with the page source and the URL next to it. Register it with
 * {@code @RegisterExtension} and {@link #attach} the driver once it runs; the driver must still be open when the
 * test method ends (quit it in {@code @AfterAll}, which runs after this watcher).
 */
public final class JourneyRecorder implements TestWatcher {

    private final Path directory;
    private WebDriver driver;
    private int taken;

    public JourneyRecorder(Path directory) {
        this.directory = directory;
    }

    /** Starts recording with this driver; removes the screenshots and dumps of an earlier run. */
    public void attach(WebDriver driver) {
        this.driver = driver;
        try (Stream<Path> earlier = Files.exists(directory) ? Files.list(directory) : Stream.empty()) {
            for (Path file : earlier.filter(f -> f.getFileName().toString().matches("\\d{2}-.*\\.(png|html)")).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A screenshot of the whole page as it is now, named {@code NN-name.png}; returns the file. */
    public Path snap(String name) {
        Path file = directory.resolve(String.format("%02d-%s.png", ++taken, name));
        write(file, screenshot());
        return file;
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        if (driver == null) {
            return;
        }
        String name = String.format("%02d-failure", ++taken);
        try {
            write(directory.resolve(name + ".png"), screenshot());
        } catch (RuntimeException ignored) {
            // the page source below is still worth having
        }
        try {
            String page = "<!-- " + driver.getCurrentUrl() + " -->\n" + driver.getPageSource();
            write(directory.resolve(name + ".html"), page.getBytes(StandardCharsets.UTF_8));
        } catch (RuntimeException ignored) {
            // the browser is gone; the failure itself says why
        }
    }

    /**
     * The full page where it is longer than the window (the citizen's pages), through Chromium's DevTools; else
     * the window as it is scrolled now (Tasklist scrolls inside its own panes, which a full-page capture resets).
     */
    @SuppressWarnings("unchecked")
    private byte[] screenshot() {
        if (driver instanceof ChromeDriver chrome) {
            try {
                Map<String, Object> metrics = chrome.executeCdpCommand("Page.getLayoutMetrics", Map.of());
                Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
                Map<String, Object> viewport = (Map<String, Object>) metrics.get("cssLayoutViewport");
                double width = ((Number) size.get("width")).doubleValue();
                double height = Math.min(((Number) size.get("height")).doubleValue(), 8000);
                if (height <= ((Number) viewport.get("clientHeight")).doubleValue()) {
                    return ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
                }
                Map<String, Object> shot = chrome.executeCdpCommand("Page.captureScreenshot", Map.of(
                        "format", "png", "captureBeyondViewport", true,
                        "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
                return Base64.getDecoder().decode((String) shot.get("data"));
            } catch (RuntimeException fallBack) {
                // an older driver or a page without metrics: the window is enough
            }
        }
        return ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
    }

    private static void write(Path file, byte[] content) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
