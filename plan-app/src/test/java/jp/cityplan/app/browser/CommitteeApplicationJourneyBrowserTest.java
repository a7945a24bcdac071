package jp.cityplan.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import jp.cityplan.app.adapter.in.web.committee.RecruitmentFixtures;
import jp.cityplan.app.browser.Mailbox.Mail;
import jp.cityplan.app.config.security.CurrentEngineExtension;
import jp.cityplan.domain.committee.ApplicationNumber;
import jp.cityplan.domain.committee.Applications;
import jp.cityplan.domain.committee.Committees;
import jp.cityplan.domain.committee.RecruitmentId;
import jp.cityplan.workflow.committee.CommitteeRecruitmentClient;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A committee application in headless Chromium: a citizen finds the open call and applies on the public form (the
 * essay's length counted as it is typed), both members of the selection panel score the application in Tasklist
 * without seeing who applied, the final approver approves, and the applicant's result mail says they were chosen.
 * Set-up (the division's call) and the closing time (a timer) are driven through the engine.
 */
@RequiresChromium
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:committee-journey-${random.uuid};DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=true",
        "camunda.bpm.job-execution.wait-time-in-millis=500",
        "camunda.bpm.job-execution.max-wait=2000",
        "spring.mail.host=127.0.0.1"})
@ExtendWith(CurrentEngineExtension.class)
class CommitteeApplicationJourneyBrowserTest {

    private static final Duration BACKGROUND_WORK = Duration.ofSeconds(30);
    private static final String NAME = "安達 美咲";
    private static final String EMAIL = "misaki.committee@example.jp";
    private static final String PHONE_IN_ESSAY = "090-1234-5678";
    private static final String ESSAY = "二本松の城下町と岳温泉をつなぐまちづくりを考えたい。連絡は " + PHONE_IN_ESSAY + " まで。";

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    @RegisterExtension
    static final JourneyRecorder RECORDER = new JourneyRecorder(
            Path.of(System.getProperty("basedir", "."), "target", "browser"));

    private static ChromeDriver browser;

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
        RECORDER.attach(browser);
    }

    @AfterAll
    static void quitBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    Committees committees;

    @Autowired
    Applications applications;

    @Autowired
    CommitteeRecruitmentClient client;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    ManagementService managementService;

    @Test
    void a_citizen_applies_the_panel_scores_in_tasklist_and_the_result_is_mailed() throws Exception {
        RecruitmentId recruitment = RecruitmentFixtures.openRecruitment(committees, client, "journey-council", "SCORE");

        ApplicationNumber number = citizenApplies(recruitment);
        closeTheCall(recruitment);
        for (String member : List.of("sentei1", "sentei2")) {
            memberScores(member, number);
        }
        finalApproverApproves(recruitment);

        Mail result = new Mailbox(SMTP, EMAIL).await("委員の選考結果", BACKGROUND_WORK);
        assertThat(result.subject()).contains(number.value());
        assertThat(result.body()).contains("委員に選ばれました", number.value());
        assertThat(applications.get(number).scores()).hasSize(2);
    }

    private ApplicationNumber citizenApplies(RecruitmentId recruitment) {
        browser.get(baseUrl() + "/recruitments");
        RECORDER.snap("recruitments-listed");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("テスト審議会 journey-council", "18歳以上");
        browser.findElement(By.cssSelector("a[href$='/recruitments/" + recruitment.value() + "/apply']")).click();

        type("name", NAME);
        type("kana", "アダチ ミサキ");
        type("birthDate", "1985-05-05");
        browser.findElement(By.id("sex-FEMALE")).click();
        type("address", "二本松市金色403-1");
        type("email", EMAIL);
        type("occupation", "会社員");
        browser.findElement(By.id("relation-LIVES")).click();
        type("reasons", "城下町の暮らしを計画に生かしたい。");
        type("essay", ESSAY);
        assertThat(browser.findElement(By.id("essay-count")).getText())
                .as("the count follows the typing").contains("現在 " + ESSAY.codePointCount(0, ESSAY.length()) + " 文字");
        RECORDER.snap("application-filled");
        browser.findElement(By.cssSelector("form button[type='submit']")).click();

        String shown = waitFor(() -> browser.findElements(By.id("application-number")).stream().findFirst()
                .map(WebElement::getText).orElse(null));
        RECORDER.snap("application-received");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("応募を受け付けました");
        assertThat(browser.findElement(By.id("result-expected-on")).getText()).startsWith("令和");
        return new ApplicationNumber(shown);
    }

    private void closeTheCall(RecruitmentId recruitment) {
        String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(recruitment.value())
                .singleResult().getId();
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instance)
                .activityId("Event_ClosingTimeReached").singleResult().getId());
    }

    private void memberScores(String member, ApplicationNumber number) {
        TasklistPage tasklist = TasklistPage.logIn(browser, baseUrl(), member, "demo");
        TaskForm scoring = tasklist.openTask("自分のタスク", "応募を採点する", "応募番号", number.value());
        RECORDER.snap("scoring-" + member);
        assertThat(scoring.value("作文（連絡先を伏せた写し）")).contains("［電話番号］").doesNotContain(PHONE_IN_ESSAY);
        assertThat(scoring.html()).doesNotContain(NAME, EMAIL, "1985");
        scoring.type("点数（0〜100）", "85");
        scoring.complete();
        waitFor(() -> taskService.createTaskQuery().taskId(scoring.taskId()).count() == 0 ? true : null);
        tasklist.logOut();
    }

    private void finalApproverApproves(RecruitmentId recruitment) {
        waitFor(() -> taskService.createTaskQuery().processInstanceBusinessKey(recruitment.value())
                .taskDefinitionKey("Task_ApproveSelection").singleResult());
        TasklistPage tasklist = TasklistPage.logIn(browser, baseUrl(), "fukushicho", "demo");
        TaskForm approval = tasklist.openTask("自課の案件", "選考結果を決裁する", "募集番号", recruitment.value()).claim();
        assertThat(approval.value("選ばれた応募番号")).startsWith("A20");
        approval.check("承認する");
        RECORDER.snap("selection-approved");
        approval.complete();
        tasklist.logOut();
    }

    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(text);
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }

    private <T> T waitFor(Supplier<T> probe) {
        long deadline = System.nanoTime() + BACKGROUND_WORK.toNanos();
        while (true) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + BACKGROUND_WORK.toSeconds() + " s in vain");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(interrupted);
            }
        }
    }
}
