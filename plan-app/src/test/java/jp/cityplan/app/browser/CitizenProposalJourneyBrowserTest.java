package jp.cityplan.app.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.cityplan.app.browser.Mailbox.Mail;
import jp.cityplan.app.browser.ProposalFormPage.Receipt;
import jp.cityplan.app.config.security.CurrentEngineExtension;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One citizen proposal from the public web form to the published answer, every step through the real pages in
 * headless Chromium: the citizen's form, Camunda Tasklist for intake, drafting, a returned draft, both approvals and
 * publication, the e-mails as GreenMail receives them, the citizen's status page and the published list. The engine
 * is only read: to wait (bounded) for the job executor's work before staff look for a task, and to confirm what the
 * browser did. Screenshots go to {@code target/browser/}; on a failure the page source is dumped next to them.
 */
@RequiresChromium
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:journey-${random.uuid};DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=true",
        // a new job wakes the executor at once; these only bound the idle back-off should a hint be missed
        "camunda.bpm.job-execution.wait-time-in-millis=500",
        "camunda.bpm.job-execution.max-wait=2000",
        "demo.proposals.enabled=false",
        "spring.mail.host=127.0.0.1"})
@ExtendWith(CurrentEngineExtension.class)
class CitizenProposalJourneyBrowserTest {

    private static final Duration BACKGROUND_WORK = Duration.ofSeconds(30);
    private static final Pattern STATUS_LINK = Pattern.compile("https?://[^/\\s]+(/proposals/status\\?receiptNumber=\\S+)");

    private static final String SUBJECT = "駅前駐輪場の案内表示について";
    private static final String PHONE_IN_TEXT = "090-1234-5678";
    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String TEXT = "駅前の駐輪場の場所が分かりにくいです。" + SCRIPT
            + " 案内表示を増やしてください。連絡は " + PHONE_IN_TEXT + " までお願いします。";
    private static final String MASKED_TEXT = TEXT.replace(PHONE_IN_TEXT, "［電話番号］");
    private static final String FAMILY_NAME = "安達";
    private static final String GIVEN_NAME = "美咲";
    private static final String AREA = "油井";
    private static final String EMAIL = "hanako.journey@example.jp";
    private static final String PHONE = "0243-55-1234";
    private static final String CONSENT = "地区名と姓で公表する";

    private static final String DRAFT = "ご提案ありがとうございます。駐輪場の入口に案内表示を設置します。";
    private static final String RETURN_COMMENT = "設置の時期を書き添えてください。";
    private static final String REVISED = "ご提案ありがとうございます。駐輪場の入口に案内表示を今年度中に設置します。";

    private static final String OTHER_PROPOSAL = """
            {"subject": "公園のベンチについて", "text": "ベンチを増やしてください。", "category": "other",
             "wantsAnswer": false, "publicationConsent": "NONE"}""";

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
    TaskService taskService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    HistoryService historyService;

    @Autowired
    ManagementService managementService;

    @Autowired
    ObjectMapper json;

    private final Map<String, Long> stepMillis = new LinkedHashMap<>();

    @Test
    void a_web_proposal_is_accepted_answered_after_one_return_approved_mailed_and_published() {
        Receipt receipt = step("1 citizen submits", this::citizenSubmitsTheForm);
        String number = receipt.receiptNumber();
        String other = step("another proposal waits for intake", this::anotherCitizenSubmitsOverTheApi);
        step("2 intake", () -> publicHearingAcceptsForAnAnswer(number, other));
        step("3a draft", () -> divisionDrafts(number));
        step("3b head returns", () -> headReturnsTheDraft(number));
        step("3c division revises", () -> divisionRevises(number));
        step("3d head approves", () -> headApproves(number));
        step("3e final approval", () -> finalApproverApproves(number));
        String statusLink = step("4 answer mail, publication", () -> answerIsMailedAndPublicationApproved(receipt));
        step("5 status page", () -> citizenReadsTheAnswer(receipt, statusLink));
        step("6 published list", () -> publishedListShowsIt(number));
        System.out.println("CitizenProposalJourneyBrowserTest step times (ms): " + stepMillis);
    }

    // --- 1. the citizen -----------------------------------------------------------------------------------------

    private Receipt citizenSubmitsTheForm() throws Exception {
        ProposalFormPage form = ProposalFormPage.open(browser, baseUrl())
                .type("subject", SUBJECT)
                .type("text", TEXT)
                .category("public-relations")
                .type("familyName", FAMILY_NAME)
                .type("givenName", GIVEN_NAME)
                .type("area", AREA)
                .type("email", EMAIL)
                .type("phone", PHONE)
                .wantsAnswer()
                .consent(CONSENT);
        RECORDER.snap("proposal-form-filled");

        Receipt receipt = form.submit();
        RECORDER.snap("proposal-received");
        assertThat(receipt.heading()).isEqualTo("ご提案を受け付けました");
        assertThat(receipt.receiptNumber()).matches("P20\\d{2}-\\d{5}");
        assertThat(receipt.secret()).matches("[A-Z2-9]{4}(-[A-Z2-9]{4}){4}");
        assertThat(receipt.answerDueOn()).startsWith("令和");
        assertThat(LocalDate.parse(receipt.answerDueOnIso())).isAfter(LocalDate.now().minusDays(1));
        assertNoAlert();

        Mail confirmation = citizenMailbox().await("ご提案を受け付けました", BACKGROUND_WORK);
        assertThat(confirmation.subject()).contains(receipt.receiptNumber());
        assertThat(confirmation.body()).contains("受付番号 (Receipt number): " + receipt.receiptNumber(), SUBJECT)
                .doesNotContain(receipt.secret(), receipt.secret().replace("-", ""));
        return receipt;
    }

    /**
     * A second proposal, newer, so that 受付待ち lists two tasks 提案を受け付ける and staff must pick this journey's by
     * its receipt number. Sent over the public API: it is set-up, not part of the journey. No e-mail, no answer
     * wanted: it stays at intake and sends nothing.
     */
    private String anotherCitizenSubmitsOverTheApi() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(baseUrl() + "/api/proposals"))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(OTHER_PROPOSAL))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        String number = json.readTree(response.body()).path("receiptNumber").asText();
        assertThat(number).matches("P20\\d{2}-\\d{5}");
        return number;
    }

    // --- 2. intake by the public hearing section ------------------------------------------------------------------

    private void publicHearingAcceptsForAnAnswer(String number, String other) {
        awaitTask(number, "Task_ReviewIntake");
        awaitTask(other, "Task_ReviewIntake");
        TasklistPage tasklist = TasklistPage.logIn(browser, baseUrl(), "kocho", "demo");
        assertThat(tasklist.signedInAs()).contains("花子");
        TaskForm intake = tasklist.openTask("受付待ち", "提案を受け付ける", number);
        RECORDER.snap("intake-task-opened");

        intake.claim();
        assertThat(intake.value("件名（個人情報を伏せた写し）")).isEqualTo(SUBJECT);
        String shownText = intake.value("提案内容（個人情報を伏せた写し）");
        assertThat(shownText).isEqualTo(MASKED_TEXT).contains("［電話番号］", SCRIPT).doesNotContain(PHONE_IN_TEXT);
        assertThat(intake.scriptElements()).as("the citizen's <script> is text, not an element").isZero();
        assertThat(intake.html()).doesNotContain(PHONE_IN_TEXT, EMAIL, GIVEN_NAME);
        assertThat(intake.value("判定表の提案")).isEqualTo("ANSWER");
        assertThat(intake.selectedOption("扱い")).isEqualTo("回答する");
        assertNoAlert();
        RECORDER.snap("intake-claimed");

        intake.complete();
        awaitTaskDone(intake.taskId());
        RECORDER.snap("intake-completed");
        tasklist.logOut();
    }

    // --- 3. the answer: draft, return, revision, approvals ------------------------------------------------------------

    private void divisionDrafts(String number) {
        awaitTask(number, "Task_DraftAnswer");
        TasklistPage tasklist = TasklistPage.logIn(browser, baseUrl(), "koho", "demo");
        TaskForm draft = tasklist.openTask("自課の案件", "回答案を作成する", number).claim();
        assertThat(draft.value("担当課")).isEqualTo("div-public-relations");
        assertThat(draft.value("提案内容（個人情報を伏せた写し）")).isEqualTo(MASKED_TEXT);
        draft.type("回答案", DRAFT);
        RECORDER.snap("draft-written");
        draft.complete();
        awaitTaskDone(draft.taskId());
        tasklist.logOut();
    }

    private void headReturnsTheDraft(String number) {
        awaitTask(number, "Task_ApproveByDivisionHead");
        TasklistPage tasklist = TasklistPage.logIn(browser, baseUrl(), "koho-kacho", "demo");
        TaskForm approval = tasklist.openTask("自課の案件", "回答を決裁する（課長）", number).claim();
        assertThat(approval.value("回答")).isEqualTo(DRAFT);
        assertThat(approval.isChecked("承認する")).isFalse();
        approval.type("コメント（差し戻すときは必須）", RETURN_COMMENT);
        RECORDER.snap("head-returns-draft");
        approval.complete();
        awaitTaskDone(approval.taskId());
        tasklist.logOut();
    }

    private void divisionRevises(String number) {
        awaitTask(number, "Task_ReviseAnswer");
        TasklistPage tasklist = TasklistPage.logIn(browser, baseUrl(), "koho", "demo");
        TaskForm revision = tasklist.openTask("自課の案件", "回答を修正する", number).claim();
        assertThat(revision.value("決裁者のコメント")).isEqualTo(RETURN_COMMENT);
        assertThat(revision.value("回答")).isEqualTo(DRAFT);
        revision.type("回答", REVISED);
        RECORDER.snap("answer-revised");
        revision.complete();
        awaitTaskDone(revision.taskId());
        tasklist.logOut();
    }

    private void headApproves(String number) {
        awaitTask(number, "Task_ApproveByDivisionHead");
        TasklistPage tasklist = TasklistPage.logIn(browser, baseUrl(), "koho-kacho", "demo");
        TaskForm approval = tasklist.openTask("自課の案件", "回答を決裁する（課長）", number).claim();
        assertThat(approval.value("回答")).isEqualTo(REVISED);
        assertThat(approval.value("コメント（差し戻すときは必須）")).as("a new decision starts empty").isEmpty();
        approval.check("承認する");
        RECORDER.snap("head-approves");
        approval.complete();
        awaitTaskDone(approval.taskId());
        tasklist.logOut();
    }

    private void finalApproverApproves(String number) {
        awaitTask(number, "Task_ApproveFinally");
        TasklistPage tasklist = TasklistPage.logIn(browser, baseUrl(), "fukushicho", "demo");
        TaskForm approval = tasklist.openTask("自課の案件", "回答を最終決裁する", number).claim();
        assertThat(approval.value("回答")).isEqualTo(REVISED);
        approval.check("承認する");
        RECORDER.snap("final-approval");
        approval.complete();
        awaitTaskDone(approval.taskId());
        tasklist.logOut();
    }

    // --- 4. the answer e-mail and publication ----------------------------------------------------------------------

    /** Returns the path and query of the status link in the answer e-mail. */
    private String answerIsMailedAndPublicationApproved(Receipt receipt) throws Exception {
        String number = receipt.receiptNumber();
        Mail answer = citizenMailbox().await("ご提案への回答", BACKGROUND_WORK);
        assertThat(answer.subject()).contains(number);
        assertThat(answer.body()).contains(number, REVISED).doesNotContain(receipt.secret(), RETURN_COMMENT);
        Matcher link = STATUS_LINK.matcher(answer.body());
        assertThat(link.find()).as("the answer e-mail links to the status page: %s", answer.body()).isTrue();
        assertThat(link.group(1)).isEqualTo("/proposals/status?receiptNumber=" + number);

        awaitTask(number, "Task_ApprovePublication");
        TasklistPage tasklist = TasklistPage.logIn(browser, baseUrl(), "kocho", "demo");
        TaskForm publication = tasklist.openTask("自課の案件", "公表を承認する", number).claim();
        assertThat(publication.value("回答")).isEqualTo(REVISED);
        assertThat(publication.value("提案内容（個人情報を伏せた写し）")).isEqualTo(MASKED_TEXT);
        publication.check("公表する");
        RECORDER.snap("publication-approved");
        publication.complete();
        awaitTaskDone(publication.taskId());
        tasklist.logOut();
        awaitProcessEnded(number);
        return link.group(1);
    }

    // --- 5. the citizen's status page -------------------------------------------------------------------------------

    private void citizenReadsTheAnswer(Receipt receipt, String statusLink) {
        // the e-mail's link (public-base-url is the production address; the path and query are what matter here)
        ProposalStatusPage inquiry = ProposalStatusPage.openAt(browser, baseUrl() + statusLink);
        assertThat(inquiry.typedReceiptNumber()).isEqualTo(receipt.receiptNumber());
        ProposalStatusPage status = inquiry.inquireWithSecret(receipt.secret());
        RECORDER.snap("status-answered");
        assertThat(status.receiptNumber()).isEqualTo(receipt.receiptNumber());
        assertThat(status.state()).isEqualTo("回答済み");
        assertThat(status.answer()).contains(REVISED);
        assertThat(status.withdrawalOffered()).as("an answered proposal can no longer be withdrawn").isFalse();

        ProposalStatusPage wrong = ProposalStatusPage.open(browser, baseUrl())
                .inquire(receipt.receiptNumber(), "AAAA-BBBB-CCCC-DDDD-EEEE");
        RECORDER.snap("status-wrong-secret");
        assertThat(wrong.notFoundMessage()).hasValueSatisfying(message -> assertThat(message)
                .contains("提案が見つかりません", "受付番号またはパスワードが正しくない"));
        assertThat(wrong.answer()).isEmpty();
    }

    // --- 6. the published list --------------------------------------------------------------------------------------

    private void publishedListShowsIt(String number) {
        PublishedProposalsPage published = PublishedProposalsPage.open(browser, baseUrl());
        RECORDER.snap("published-list");
        PublishedProposalsPage.Entry entry = published.entry(SUBJECT)
                .orElseThrow(() -> new AssertionError("proposal " + number + " is not on /proposals/published"));
        assertThat(entry.meta("地区")).contains(AREA);
        assertThat(entry.meta("お名前")).hasValueSatisfying(name -> assertThat(name).contains(FAMILY_NAME));
        assertThat(entry.section("ご提案")).isEqualTo(MASKED_TEXT);
        assertThat(entry.section("市の回答")).isEqualTo(REVISED);
        assertThat(entry.scriptElements()).as("the citizen's <script> is text, not an element").isZero();
        assertThat(entry.html()).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(entry.allText()).doesNotContain(EMAIL, PHONE, PHONE_IN_TEXT, GIVEN_NAME);
        assertThat(browser.getPageSource()).doesNotContain(EMAIL, PHONE, PHONE_IN_TEXT);
        assertNoAlert();
    }

    // --- helpers ------------------------------------------------------------------------------------------------------

    private String baseUrl() {
        return "http://localhost:" + port;
    }

    private Mailbox citizenMailbox() {
        return new Mailbox(SMTP, EMAIL);
    }

    /** A script the page ran would have opened an alert; none may be open. */
    private static void assertNoAlert() {
        try {
            String text = browser.switchTo().alert().getText();
            fail("a script ran in the page and opened an alert: " + text);
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
    }

    /** Waits (bounded) until the job executor has created the task; fails early naming a failed job. */
    private Task awaitTask(String receiptNumber, String taskDefinitionKey) {
        return awaitEngine("task " + taskDefinitionKey + " of " + receiptNumber, () -> taskService.createTaskQuery()
                .processInstanceBusinessKey(receiptNumber).taskDefinitionKey(taskDefinitionKey).active().singleResult());
    }

    private void awaitTaskDone(String taskId) {
        awaitEngine("task " + taskId + " completed",
                () -> taskService.createTaskQuery().taskId(taskId).count() == 0 ? true : null);
    }

    private void awaitProcessEnded(String receiptNumber) {
        awaitEngine("process of " + receiptNumber + " ended", () -> historyService.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(receiptNumber).finished().count() == 1 ? true : null);
    }

    private <T> T awaitEngine(String what, Supplier<T> probe) {
        long deadline = System.nanoTime() + BACKGROUND_WORK.toNanos();
        while (true) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            List<Incident> incidents = runtimeService.createIncidentQuery().list();
            List<Job> failing = managementService.createJobQuery().withException().list();
            if (!incidents.isEmpty() || !failing.isEmpty()) {
                fail("waiting for " + what + ": the job executor failed: "
                        + incidents.stream().map(i -> i.getActivityId() + ": " + i.getIncidentMessage()).toList()
                        + failing.stream().map(j -> j.getId() + ": " + j.getExceptionMessage()).toList());
            }
            if (System.nanoTime() > deadline) {
                fail("waited " + BACKGROUND_WORK.toSeconds() + " s for " + what + "; active tasks: "
                        + taskService.createTaskQuery().list().stream().map(Task::getTaskDefinitionKey).toList());
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(interrupted);
            }
        }
    }

    /** Runs one step of the journey, timing it; a failure names the step it happened in. */
    private <T> T step(String name, ThrowingSupplier<T> body) {
        long start = System.nanoTime();
        try {
            return body.get();
        } catch (Exception | AssertionError failure) {
            throw new AssertionError("journey step '" + name + "' failed: " + failure.getMessage(), failure);
        } finally {
            stepMillis.put(name, Duration.ofNanos(System.nanoTime() - start).toMillis());
        }
    }

    private void step(String name, ThrowingRunnable body) {
        step(name, () -> {
            body.run();
            return null;
        });
    }

    @FunctionalInterface
    private interface ThrowingSupplier<T> {
        T get() throws Exception;
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }
}
