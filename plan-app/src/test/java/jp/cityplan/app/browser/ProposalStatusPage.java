package jp.cityplan.app.browser;

import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The citizen's status inquiry ({@code /proposals/status}) and the status page it leads to. */
public final class ProposalStatusPage {

    private final WebDriver driver;
    private final WebDriverWait wait;

    private ProposalStatusPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    public static ProposalStatusPage open(WebDriver driver, String baseUrl) {
        return openAt(driver, baseUrl + "/proposals/status");
    }

    /** The inquiry form at a given address, e.g. the link of an e-mail ({@code ?receiptNumber=…}). */
    public static ProposalStatusPage openAt(WebDriver driver, String url) {
        driver.get(url);
        ProposalStatusPage page = new ProposalStatusPage(driver);
        page.wait.until(visibilityOfElementLocated(By.id("receiptNumber")));
        return page;
    }

    /** What the inquiry form's 受付番号 field holds before the citizen types anything. */
    public String typedReceiptNumber() {
        return driver.findElement(By.id("receiptNumber")).getDomProperty("value");
    }

    /** Sends the inquiry; the page that answers is either the status or the inquiry form again. */
    public ProposalStatusPage inquire(String receiptNumber, String secret) {
        WebElement number = driver.findElement(By.id("receiptNumber"));
        number.clear();
        number.sendKeys(receiptNumber);
        return inquireWithSecret(secret);
    }

    /** Sends the inquiry with the receipt number the form already holds (from the e-mail's link). */
    public ProposalStatusPage inquireWithSecret(String secret) {
        WebElement password = driver.findElement(By.id("secret"));
        password.clear();
        password.sendKeys(secret);
        WebElement main = driver.findElement(By.id("main"));
        wait.until(elementToBeClickable(By.cssSelector("#main form button[type='submit']"))).click();
        wait.until(d -> isStale(main));
        wait.until(visibilityOfElementLocated(By.tagName("h1")));
        return this;
    }

    /** The state label (状況), e.g. 回答済み. */
    public String state() {
        return definition("状況").findElement(By.tagName("strong")).getText().trim();
    }

    public String receiptNumber() {
        return definition("受付番号").getText().trim();
    }

    /** The answer as shown under 市からの回答, if any. */
    public Optional<String> answer() {
        List<WebElement> answer = driver.findElements(
                By.xpath("//section[.//h2[@id='answer-heading']]//p[contains(@class,'user-text')]"));
        return answer.stream().findFirst().map(WebElement::getText);
    }

    /** Whether the page offers the withdrawal form (only before the answer is sent). */
    public boolean withdrawalOffered() {
        return !driver.findElements(By.id("withdraw-heading")).isEmpty();
    }

    /** The "not found" message of the inquiry form, if shown. */
    public Optional<String> notFoundMessage() {
        return driver.findElements(By.xpath("//div[.//h2[@id='not-found-heading']]")).stream()
                .filter(WebElement::isDisplayed).findFirst().map(WebElement::getText);
    }

    private WebElement definition(String term) {
        return driver.findElement(By.xpath(
                "//dl[@class='receipt']/dt[normalize-space(.)='" + term + "']/following-sibling::dd[1]"));
    }

    private static boolean isStale(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException gone) {
            return true;
        }
    }
}
