package jp.cityplan.app.browser;

import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.time.Duration;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The published proposals and answers ({@code /proposals/published}). */
public final class PublishedProposalsPage {

    private final WebDriver driver;

    private PublishedProposalsPage(WebDriver driver) {
        this.driver = driver;
    }

    public static PublishedProposalsPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/proposals/published");
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(visibilityOfElementLocated(By.tagName("h1")));
        return new PublishedProposalsPage(driver);
    }

    /** The published entry whose heading is the subject, if listed on this page. */
    public Optional<Entry> entry(String subject) {
        return driver.findElements(By.cssSelector("article.published")).stream()
                .filter(article -> article.findElement(By.tagName("h2")).getText().trim().equals(subject))
                .findFirst()
                .map(Entry::new);
    }

    /** One published proposal as the page shows it. */
    public static final class Entry {

        private final WebElement article;

        Entry(WebElement article) {
            this.article = article;
        }

        /** The value next to a term of the entry's list, e.g. 地区 or お名前; empty where the term is not shown. */
        public Optional<String> meta(String term) {
            return article.findElements(By.xpath(".//dl/dt[normalize-space(.)='" + term + "']/following-sibling::dd[1]"))
                    .stream().findFirst().map(dd -> dd.getText().trim());
        }

        /** The text under a heading of the entry (ご提案, 市の回答). */
        public String section(String heading) {
            return article.findElement(By.xpath(".//h3[normalize-space(.)='" + heading + "']/following-sibling::p[1]"))
                    .getText();
        }

        public String allText() {
            return article.getText();
        }

        /** The entry's HTML as the browser holds it: user text must be escaped in it. */
        public String html() {
            return article.getAttribute("innerHTML");
        }

        public int scriptElements() {
            return article.findElements(By.tagName("script")).size();
        }
    }
}
