package jp.cityplan.app.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.time.Duration;
import java.util.Map;
import jp.cityplan.app.config.security.CurrentEngineExtension;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Tasklist speaks Japanese to a browser that asks for Japanese (Chromium here runs with {@code --accept-lang=ja}) and
 * English to one that asks for English first: the sign-in button, the hint beside the task list and the button that
 * claims a task. The task is a standalone one for the administrators' group, so that the demo administrator finds it
 * under 自課の案件. Admin's dashboard is in Japanese too.
 */
@RequiresChromium
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:tasklist-ja-${random.uuid};DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false",
        "demo.proposals.enabled=false"})
@ExtendWith(CurrentEngineExtension.class)
class JapaneseWebappsBrowserTest {

    private static final By SIGN_IN = By.cssSelector("button[type='submit']");
    private static final By NO_TASK_HINT = By.cssSelector(".no-task");
    private static final By CLAIM = By.cssSelector("button.claim");
    private static final String FILTER = "自課の案件";

    /** Makes the page see a browser whose first language is English, before any of its scripts runs. */
    private static final String ASKS_FOR_ENGLISH = """
            Object.defineProperty(navigator, 'languages', {get: () => ['en-US', 'en']});
            Object.defineProperty(navigator, 'language', {get: () => 'en-US'});""";

    @LocalServerPort
    int port;

    @Autowired
    TaskService taskService;

    private ChromeDriver browser;
    private String taskId;

    @BeforeEach
    void startBrowserWithATaskToClaim() {
        browser = Browser.start();
        Task task = taskService.newTask();
        task.setName("表示言語を確かめる");
        taskService.saveTask(task);
        taskService.addCandidateGroup(task.getId(), "camunda-admin");
        taskId = task.getId();
    }

    @AfterEach
    void quitBrowser() {
        if (browser != null) {
            browser.quit();
        }
        if (taskId != null) {
            taskService.deleteTask(taskId, true);
        }
    }

    @Test
    void staff_whose_browser_asks_for_japanese_see_tasklist_in_japanese() {
        browser.get(baseUrl() + "/camunda/app/tasklist/default/");
        assertThat(textOnceShown(SIGN_IN, "ログイン")).isEqualTo("ログイン");

        TasklistPage tasklist = TasklistPage.logIn(browser, baseUrl(), "demo", "demo");
        assertThat(textOnceShown(NO_TASK_HINT, "一覧からタスクを選んでください。"))
                .isEqualTo("一覧からタスクを選んでください。");

        openTheTask(tasklist);
        assertThat(textOnceShown(CLAIM, "引き受ける")).isEqualTo("引き受ける");
        tasklist.logOut();
    }

    @Test
    void staff_whose_browser_asks_for_english_see_tasklist_in_english() {
        browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", ASKS_FOR_ENGLISH));
        browser.get(baseUrl() + "/camunda/app/tasklist/default/");
        assertThat(textOnceShown(SIGN_IN, "Log in")).isEqualTo("Log in");

        TasklistPage tasklist = TasklistPage.logIn(browser, baseUrl(), "demo", "demo");
        assertThat(textOnceShown(NO_TASK_HINT, "Select a task in the list.")).isEqualTo("Select a task in the list.");

        openTheTask(tasklist);
        assertThat(textOnceShown(CLAIM, "Claim")).isEqualTo("Claim");
        tasklist.logOut();
    }

    @Test
    void administrators_whose_browser_asks_for_japanese_see_admin_in_japanese() {
        browser.get(baseUrl() + "/camunda/app/admin/default/");
        assertThat(textOnceShown(SIGN_IN, "ログイン")).isEqualTo("ログイン");
        WebDriverWait wait = wait(Duration.ofSeconds(20));
        wait.until(visibilityOfElementLocated(TasklistPage.USERNAME));
        // as TasklistPage.logIn: type until both fields hold their text (the app moves the focus once, 300 ms in)
        wait.until(d -> {
            typeUnlessHeld(TasklistPage.USERNAME, "demo");
            typeUnlessHeld(TasklistPage.PASSWORD, "demo");
            return "demo".equals(valueOf(TasklistPage.USERNAME)) && "demo".equals(valueOf(TasklistPage.PASSWORD))
                    ? true : null;
        });
        browser.findElement(SIGN_IN).click();

        String dashboard = wait.until(d -> {
            String text = d.findElement(By.tagName("body")).getText();
            return text.contains("権限設定") ? text : null;
        });
        assertThat(dashboard).contains("ユーザー", "グループ", "権限設定");
    }

    private void typeUnlessHeld(By field, String text) {
        if (!text.equals(valueOf(field))) {
            var element = browser.findElement(field);
            element.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
            element.sendKeys(text);
        }
    }

    private String valueOf(By field) {
        return browser.findElement(field).getDomProperty("value");
    }

    private void openTheTask(TasklistPage tasklist) {
        tasklist.focusFilter(FILTER);
        By link = By.cssSelector("li.task h4.task a[href*='task=" + taskId + "']");
        wait(Duration.ofSeconds(20)).until(visibilityOfElementLocated(link)).click();
    }

    /**
     * The element's text once it reads as expected (the translation loads after the page), or whatever it shows
     * after the wait, for the assertion to report.
     */
    private String textOnceShown(By element, String expected) {
        try {
            return wait(Duration.ofSeconds(20)).until(d -> {
                String text = d.findElement(element).getText().trim();
                return text.equals(expected) ? text : null;
            });
        } catch (TimeoutException notThatText) {
            return browser.findElements(element).stream().map(e -> e.getText().trim()).findFirst()
                    .orElse("(no " + element + " on the page)");
        }
    }

    private WebDriverWait wait(Duration timeout) {
        return TasklistPage.waitFor(browser, timeout);
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
