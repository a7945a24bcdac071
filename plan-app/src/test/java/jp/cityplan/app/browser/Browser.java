package jp.cityplan.app.browser;

import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's headless Chromium driven by Selenium, never downloading a browser or driver of its own. */
public final class Browser {

    private Browser() {
    }

    public static ChromeDriver start() {
        ExternalTools.requireChromium();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(ExternalTools.CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1000", "--lang=ja",
                // headless Chromium ignores --lang for navigator.languages; this makes it ask for Japanese
                "--accept-lang=ja");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(ExternalTools.CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(0));
        return driver;
    }
}
