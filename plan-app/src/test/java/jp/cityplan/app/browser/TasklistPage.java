package jp.cityplan.app.browser;

import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Camunda Tasklist (AngularJS) as a member of staff uses it: sign in, pick a filter, open a task of the list, sign
 * out. Tasklist ships English and German only, so its own buttons are found by their Angular bindings, not by text.
 */
public final class TasklistPage {

    static final By USERNAME = By.cssSelector("input[ng-model='username']");
    static final By PASSWORD = By.cssSelector("input[ng-model='password']");
    static final By SIGN_IN = By.cssSelector("button[type='submit']");
    static final By SIGNED_IN_USER = By.cssSelector("li.account a.dropdown-toggle");
    static final By FILTER = By.cssSelector(".task-filter");
    static final By TASK_LINKS = By.cssSelector("li.task h4.task a");
    private static final Pattern TASK_ID = Pattern.compile("[?&]task=([^&]+)");

    private final WebDriver driver;
    private final WebDriverWait wait;

    private TasklistPage(WebDriver driver) {
        this.driver = driver;
        this.wait = waitFor(driver, Duration.ofSeconds(20));
    }

    static WebDriverWait waitFor(WebDriver driver, Duration timeout) {
        WebDriverWait wait = new WebDriverWait(driver, timeout, Duration.ofMillis(200));
        wait.ignoring(StaleElementReferenceException.class).ignoring(NoSuchElementException.class);
        return wait;
    }

    /** Opens Tasklist and signs in; returns once the user's filters are shown. */
    public static TasklistPage logIn(WebDriver driver, String baseUrl, String user, String password) {
        driver.get(baseUrl + "/camunda/app/tasklist/default/");
        TasklistPage page = new TasklistPage(driver);
        page.wait.until(visibilityOfElementLocated(USERNAME));
        // Tasklist moves the focus to the user name field 300 ms after it starts (a setTimeout on [autofocus]); keys
        // typed into the password field at that moment land in the user name. Type until both fields hold their text.
        page.wait.until(d -> {
            page.typeUnlessHeld(USERNAME, user);
            page.typeUnlessHeld(PASSWORD, password);
            return user.equals(page.valueOf(USERNAME)) && password.equals(page.valueOf(PASSWORD)) ? true : null;
        });
        page.wait.until(elementToBeClickable(SIGN_IN)).click();
        page.wait.until(d -> d.findElement(SIGNED_IN_USER).getText().trim().isEmpty() ? null : true);
        page.wait.until(visibilityOfElementLocated(FILTER));
        return page;
    }

    private void typeUnlessHeld(By field, String text) {
        if (!text.equals(valueOf(field))) {
            WebElement element = driver.findElement(field);
            // select and delete with keys: Angular's model follows key input, not a script's clear()
            element.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
            element.sendKeys(text);
        }
    }

    private String valueOf(By field) {
        return driver.findElement(field).getDomProperty("value");
    }

    /** The name shown in the header's account menu. */
    public String signedInAs() {
        return driver.findElement(SIGNED_IN_USER).getText().trim();
    }

    /** Signs out through the account menu and waits for the sign-in form. */
    public void logOut() {
        wait.until(elementToBeClickable(SIGNED_IN_USER)).click();
        wait.until(elementToBeClickable(By.cssSelector("li.logout a"))).click();
        wait.until(visibilityOfElementLocated(USERNAME));
    }

    /** Clicks a filter by its name (which also reloads its task list). */
    public TasklistPage focusFilter(String name) {
        wait.until(d -> {
            for (WebElement filter : d.findElements(FILTER)) {
                String shown = filter.findElement(By.cssSelector("h4.name a")).getText().trim();
                if (shown.equals(name) || shown.startsWith(name + " ")) {
                    filter.findElement(By.cssSelector("h4.name a")).click();
                    return true;
                }
            }
            return null;
        });
        return this;
    }

    /**
     * Opens the task called {@code taskName} whose form shows {@code receiptNumber} as 受付番号: several tasks of the
     * same name may be listed, so each candidate is opened in turn. Clicks the filter again (reloading its list)
     * while the task is not listed, for at most 30 seconds.
     */
    public TaskForm openTask(String filterName, String taskName, String receiptNumber) {
        return openTask(filterName, taskName, TaskForm.RECEIPT_NUMBER, receiptNumber);
    }

    /** As {@link #openTask(String, String, String)}, for forms that name their case in the field {@code keyLabel}. */
    public TaskForm openTask(String filterName, String taskName, String keyLabel, String receiptNumber) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            focusFilter(filterName);
            TaskForm form = findListed(taskName, keyLabel, receiptNumber, Duration.ofSeconds(5));
            if (form != null) {
                return form;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Tasklist filter " + filterName + " lists no task " + taskName + " for "
                        + receiptNumber + " (listed: " + listedTaskNames() + ")");
            }
        }
    }

    /** The listed task of that name and receipt number, once the (re)loading list shows it; null if it does not. */
    private TaskForm findListed(String taskName, String keyLabel, String receiptNumber, Duration timeout) {
        try {
            return waitFor(driver, timeout).until(d -> {
                for (String taskId : listedTaskIds(taskName)) {
                    try {
                        TaskForm form = open(taskId, keyLabel);
                        if (receiptNumber.equals(form.value(keyLabel))) {
                            return form;
                        }
                    } catch (TimeoutException changedUnderTheClick) {
                        // Tasklist refreshed the list while the task was opened: look again
                    }
                }
                return null;
            });
        } catch (TimeoutException notListed) {
            return null;
        }
    }

    private List<String> listedTaskNames() {
        return driver.findElements(TASK_LINKS).stream().map(a -> a.getText().trim()).toList();
    }

    /** Ids of the listed tasks with that name, read from their links ({@code #/?task=<id>}). */
    private List<String> listedTaskIds(String taskName) {
        return driver.findElements(TASK_LINKS).stream()
                .filter(a -> a.getText().trim().equals(taskName))
                .map(a -> taskId(a.getAttribute("href")))
                .toList();
    }

    /**
     * Clicks the task in the list (unless it is the one open already) and waits for its Camunda Form to show the
     * task's own data: the form of the task shown before must be gone first.
     */
    private TaskForm open(String taskId, String keyLabel) {
        if (!taskId.equals(taskId(driver.getCurrentUrl()))) {
            List<WebElement> previousForm = driver.findElements(TaskForm.CONTAINER);
            driver.findElement(By.cssSelector("li.task h4.task a[href*='task=" + taskId + "']")).click();
            wait.until(d -> taskId.equals(taskId(d.getCurrentUrl())));
            if (!previousForm.isEmpty()) {
                wait.until(d -> isStale(previousForm.get(0)));
            }
        }
        TaskForm form = new TaskForm(driver, taskId, keyLabel);
        form.awaitLoaded();
        return form;
    }

    static String taskId(String url) {
        Matcher matcher = TASK_ID.matcher(url == null ? "" : url);
        return matcher.find() ? matcher.group(1) : null;
    }

    static boolean isStale(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException gone) {
            return true;
        }
    }
}
