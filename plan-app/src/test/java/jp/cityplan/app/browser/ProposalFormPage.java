package jp.cityplan.app.browser;

import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The citizen's proposal form ({@code /proposals/new}) and the confirmation it leads to. */
public final class ProposalFormPage {

    private final WebDriver driver;
    private final WebDriverWait wait;

    private ProposalFormPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    public static ProposalFormPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/proposals/new");
        ProposalFormPage page = new ProposalFormPage(driver);
        page.wait.until(visibilityOfElementLocated(By.cssSelector("form.proposal-form")));
        return page;
    }

    public ProposalFormPage type(String fieldId, String value) {
        WebElement field = wait.until(visibilityOfElementLocated(By.id(fieldId)));
        field.clear();
        field.sendKeys(value);
        return this;
    }

    public ProposalFormPage category(String code) {
        new Select(driver.findElement(By.id("category"))).selectByValue(code);
        return this;
    }

    public ProposalFormPage wantsAnswer() {
        WebElement box = driver.findElement(By.id("wantsAnswer"));
        if (!box.isSelected()) {
            box.click();
        }
        return this;
    }

    /** Chooses the publication consent by the label the citizen reads, e.g. 地区名と姓で公表する. */
    public ProposalFormPage consent(String label) {
        WebElement option = driver.findElement(By.xpath(
                "//fieldset[.//input[@name='publicationConsent']]//label[normalize-space(.)='" + label + "']"));
        driver.findElement(By.id(option.getAttribute("for"))).click();
        return this;
    }

    public Receipt submit() {
        wait.until(elementToBeClickable(By.cssSelector("form.proposal-form button[type='submit']"))).click();
        wait.until(visibilityOfElementLocated(By.cssSelector("dl.receipt")));
        return new Receipt(
                driver.findElement(By.xpath("//dl[@class='receipt']/dt[normalize-space(.)='受付番号']"
                        + "/following-sibling::dd[1]")).getText().trim(),
                driver.findElement(By.cssSelector("dl.receipt .secret")).getText().trim(),
                driver.findElement(By.cssSelector("dl.receipt time")).getText().trim(),
                driver.findElement(By.cssSelector("dl.receipt time")).getAttribute("datetime"),
                driver.findElement(By.tagName("h1")).getText().trim());
    }

    /** What the confirmation page shows. */
    public record Receipt(String receiptNumber, String secret, String answerDueOn, String answerDueOnIso,
                          String heading) {
    }
}
