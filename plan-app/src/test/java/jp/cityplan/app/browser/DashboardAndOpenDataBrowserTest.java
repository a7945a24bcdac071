package jp.cityplan.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import jp.cityplan.app.application.evaluation.ObservationRecording;
import jp.cityplan.app.config.security.CurrentEngineExtension;
import jp.cityplan.domain.plan.PlanId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An administrator signs in and reads the dashboard (its SVG charts, a bar's cases); a visitor opens the open-data
 * catalogue and downloads a CSV, all in headless Chromium. Screenshots go to {@code target/browser/}.
 */
@RequiresChromium
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:dashboard-browser-${random.uuid};DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false"})
@ExtendWith(CurrentEngineExtension.class)
class DashboardAndOpenDataBrowserTest {

    private static final Duration DOWNLOAD = Duration.ofSeconds(20);
    private static final Path OUT = Path.of(System.getProperty("basedir", "."), "target", "browser");

    private static ChromeDriver browser;
    private static Path downloads;

    @LocalServerPort
    int port;

    @Autowired
    ObservationRecording recording;

    @BeforeAll
    static void startBrowser() throws IOException {
        browser = Browser.start();
        downloads = Files.createTempDirectory("open-data-downloads");
        browser.executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        Files.createDirectories(OUT);
    }

    @AfterAll
    static void quitBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static void screenshot(String name) throws IOException {
        Files.write(OUT.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void anAdministratorReadsTheDashboardAndAVisitorDownloadsOpenData() throws IOException {
        recording.record(new PlanId("nihonmatsu"), Map.of("indicatorId", "real-debt-service-ratio", "seriesKey", "city",
                "fiscalYear", "2023", "value", "9.4", "source", "財政状況資料集"), "zaisei");
        recording.record(new PlanId("nihonmatsu"), Map.of("indicatorId", "real-debt-service-ratio", "seriesKey", "city",
                "fiscalYear", "2024", "value", "9.0", "source", "財政状況資料集"), "zaisei");

        browser.get(url("/staff/dashboard"));
        browser.findElement(By.id("username")).sendKeys("demo");
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("button[type='submit']")).click();
        new WebDriverWait(browser, DOWNLOAD).until(d -> d.getCurrentUrl().contains("/staff/dashboard")
                && !d.findElements(By.cssSelector("main.dashboard")).isEmpty());

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("ダッシュボード");
        WebElement ratio = browser.findElement(By.id("indicator-real-debt-service-ratio"));
        assertThat(ratio.findElements(By.cssSelector("svg polyline"))).isNotEmpty();
        assertThat(ratio.findElement(By.tagName("table")).getText()).contains("令和5年度").contains("9.4")
                .contains("令和6年度").contains("9.0");
        assertThat(browser.findElements(By.cssSelector("section.figure h2"))).extracting(WebElement::getText)
                .contains("対応中の市民提案（担当課別）", "回答期限を過ぎた市民提案（担当課別）", "職員数の推移");
        screenshot("dashboard");

        browser.get(url("/open-data"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("オープンデータ");
        assertThat(browser.findElement(By.cssSelector("a[rel='license']")).getText()).contains("CC BY 4.0");
        List<WebElement> rows = browser.findElements(By.cssSelector("table.open-data tbody tr"));
        assertThat(rows).hasSizeGreaterThanOrEqualTo(6);
        screenshot("open-data");
        browser.findElement(By.cssSelector("#dataset-indicator-values a[href$='.csv']")).click();

        Path csv = downloads.resolve("indicator-values.csv");
        new WebDriverWait(browser, DOWNLOAD).until(d -> Files.exists(csv) && !Files.exists(Path.of(csv + ".crdownload")));
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).startsWith("全国地方公共団体コード,指標ID,指標名").endsWith(",備考");
        assertThat(lines).anyMatch(line -> line.startsWith("072109,real-debt-service-ratio,実質公債費比率,city,二本松市,2024,")
                && line.contains(",9.0,"));
    }
}
