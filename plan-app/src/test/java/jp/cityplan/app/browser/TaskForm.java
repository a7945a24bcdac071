package jp.cityplan.app.browser;

import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The task opened in Tasklist: its header (claim) and its Camunda Form (form-js), whose fields are found by their
 * label as staff read it (e.g. 受付番号, 回答案). Values are read from the DOM properties, as form-js sets them.
 */
public final class TaskForm {

    static final By CONTAINER = By.cssSelector(".fjs-container");
    static final By LABELS = By.cssSelector(".fjs-container label.fjs-form-field-label");
    static final By CLAIM = By.cssSelector("button.claim");
    static final By UNCLAIM = By.cssSelector("button.unclaim");
    static final By COMPLETE = By.cssSelector("button[ng-click='complete()']");
    static final By DISABLED_FORM = By.cssSelector(".disabled-form");
    static final By ERROR = By.cssSelector(".alert-danger, .alert-error, .fjs-form-field-error li");

    /** The label of the field that says which case a form is about: a proposal's 受付番号 unless told otherwise. */
    static final String RECEIPT_NUMBER = "受付番号";

    private final WebDriver driver;
    private final String taskId;
    private final WebDriverWait wait;
    private final String keyLabel;

    TaskForm(WebDriver driver, String taskId) {
        this(driver, taskId, RECEIPT_NUMBER);
    }

    TaskForm(WebDriver driver, String taskId, String keyLabel) {
        this.driver = driver;
        this.taskId = taskId;
        this.wait = TasklistPage.waitFor(driver, Duration.ofSeconds(15));
        this.keyLabel = keyLabel;
    }

    /** The engine's id of the task, from Tasklist's URL. */
    public String taskId() {
        return taskId;
    }

    void awaitLoaded() {
        wait.until(visibilityOfElementLocated(CONTAINER));
        wait.until(d -> value(keyLabel).isBlank() ? null : true);
    }

    /** Claims the task (the button in the task header) and waits until its form can be edited. */
    public TaskForm claim() {
        click(wait.until(elementToBeClickable(CLAIM)));
        wait.until(visibilityOfElementLocated(UNCLAIM));
        wait.until(d -> d.findElements(DISABLED_FORM).stream().noneMatch(WebElement::isDisplayed));
        wait.until(visibilityOfElementLocated(CONTAINER));
        return this;
    }

    /** The value of a text field or text area, or the shown option of a select. */
    public String value(String label) {
        WebElement field = field(label);
        String tag = field.getTagName();
        if (("input".equals(tag) && !"hidden".equals(field.getAttribute("type"))) || "textarea".equals(tag)) {
            String value = field.getDomProperty("value");
            return value == null ? "" : value;
        }
        return selectedOption(label);
    }

    /** The option a form-js select shows (its own drop-down, not a native select). */
    public String selectedOption(String label) {
        List<WebElement> display = wrapper(label).findElements(By.cssSelector(".fjs-select-display"));
        if (!display.isEmpty()) {
            return display.get(0).getText().trim();
        }
        List<WebElement> nativeSelect = wrapper(label).findElements(By.tagName("select"));
        if (!nativeSelect.isEmpty()) {
            return new org.openqa.selenium.support.ui.Select(nativeSelect.get(0)).getFirstSelectedOption().getText().trim();
        }
        return field(label).getText().trim();
    }

    public boolean isChecked(String label) {
        return field(label).isSelected();
    }

    public boolean isEditable(String label) {
        WebElement field = field(label);
        return field.isEnabled() && field.getDomAttribute("readonly") == null;
    }

    /**
     * Replaces the text of a field as a person would: select all, delete, type; then leaves the field (form-js
     * takes a value on input and on blur). Types again should the field not hold exactly the text afterwards.
     */
    public TaskForm type(String label, String text) {
        wait.until(d -> isEditable(label) ? true : null);
        wait.until(d -> {
            if (!text.equals(value(label))) {
                WebElement field = field(label);
                click(field);
                field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
                field.sendKeys(text);
                field.sendKeys(Keys.TAB);
            }
            return text.equals(value(label)) ? true : null;
        });
        return this;
    }

    /** Ticks a checkbox (once). */
    public TaskForm check(String label) {
        wait.until(d -> isEditable(label) ? true : null);
        if (!isChecked(label)) {
            click(field(label));
        }
        wait.until(d -> isChecked(label) ? true : null);
        return this;
    }

    /** The rendered form as the browser holds it (user text must be escaped in it). */
    public String html() {
        return driver.findElement(CONTAINER).getAttribute("innerHTML");
    }

    public int scriptElements() {
        return driver.findElement(CONTAINER).findElements(By.tagName("script")).size();
    }

    /**
     * Presses Complete and waits until Tasklist has closed the task; fails with the message Tasklist or the form
     * shows where it refuses.
     */
    public void complete() {
        click(wait.until(elementToBeClickable(COMPLETE)));
        try {
            TasklistPage.waitFor(driver, Duration.ofSeconds(20)).until(d -> {
                List<String> errors = d.findElements(ERROR).stream().filter(WebElement::isDisplayed)
                        .map(WebElement::getText).filter(text -> !text.isBlank()).toList();
                if (!errors.isEmpty()) {
                    throw new AssertionError("Tasklist refused to complete task " + taskId + ": " + errors);
                }
                boolean closed = !taskId.equals(TasklistPage.taskId(d.getCurrentUrl()))
                        || d.findElements(COMPLETE).stream().noneMatch(WebElement::isDisplayed);
                return closed ? true : null;
            });
        } catch (TimeoutException stillOpen) {
            throw new AssertionError("Tasklist did not close task " + taskId + " after Complete", stillOpen);
        }
    }

    /** Tasklist scrolls the task in its own pane under a fixed footer: bring the element to the middle first. */
    private void click(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    private WebElement field(String label) {
        return driver.findElement(By.id(label(label).getAttribute("for")));
    }

    private WebElement wrapper(String label) {
        return label(label).findElement(By.xpath("ancestor::div[contains(@class,'fjs-form-field')][1]"));
    }

    private WebElement label(String label) {
        for (WebElement candidate : driver.findElements(LABELS)) {
            if (labelText(candidate).equals(label)) {
                return candidate;
            }
        }
        throw new NoSuchElementException("no form field labelled " + label + " in task " + taskId);
    }

    private static String labelText(WebElement label) {
        String text = label.getText().trim();
        return text.endsWith("*") ? text.substring(0, text.length() - 1).trim() : text;
    }
}
