package jp.cityplan.workflow.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import jp.cityplan.domain.proposal.AnswerDelivery;
import jp.cityplan.domain.proposal.CitizenProposal;
import jp.cityplan.domain.proposal.Channel;
import jp.cityplan.domain.proposal.ProposalState;
import jp.cityplan.domain.proposal.ReceiptNumber;
import jp.cityplan.domain.proposal.SubmissionReceipt;
import jp.cityplan.workflow.proposal.CitizenProposalProcess.Elements;
import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.assertions.bpmn.ProcessInstanceAssert;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = {
        "bpmn/citizen-proposal.bpmn",
        "bpmn/proposal-triage.dmn",
        "bpmn/proposal-routing.dmn",
        "bpmn/forms/proposal-paper-entry.form",
        "bpmn/forms/proposal-intake.form",
        "bpmn/forms/proposal-draft.form",
        "bpmn/forms/proposal-consolidate.form",
        "bpmn/forms/proposal-approval.form",
        "bpmn/forms/proposal-final-approval.form",
        "bpmn/forms/proposal-revise.form",
        "bpmn/forms/proposal-overdue.form",
        "bpmn/forms/proposal-letter.form",
        "bpmn/forms/proposal-publication.form"})
class CitizenProposalProcessTest {

    @RegisterExtension
    static final ProcessEngineCoverageExtension ENGINE = ProcessEngineCoverageExtension
            .builder("camunda-test.cfg.xml")
            .assertClassCoverageAtLeast(0.9)
            .build();

    ProcessEngine processEngine;
    ProposalWorld world;
    ProposalProcessDriver driver;

    @BeforeEach
    void setUp() {
        ProposalWorld.startTheClock();
        world = new ProposalWorld();
        world.registerDelegates();
        driver = new ProposalProcessDriver(processEngine, world);
        BpmnAwareTests.init(processEngine);
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ProposalWorld.stopTheClock();
        BpmnAwareTests.reset();
    }

    private static ProcessInstanceAssert assertThatInstance(ProcessInstance instance) {
        return BpmnAwareTests.assertThat(instance);
    }

    /** The submission fails with a refusal whose Japanese message says what is missing; nothing is changed. */
    private static AbstractThrowableAssert<?, ? extends Throwable> assertRefused(ThrowingCallable submission,
                                                                               String message) {
        Throwable thrown = catchThrowable(submission);
        assertThat(ProposalInputException.findIn(thrown)).as("refusal in %s", thrown)
                .hasValueSatisfying(refusal -> assertThat(refusal).hasMessageContaining(message));
        return assertThat(thrown).hasMessageContaining(message);
    }

    private static ReceiptNumber receiptNumberOf(ProcessInstance instance) {
        return new ReceiptNumber(instance.getBusinessKey());
    }

    private void approveAndSend(ProcessInstance instance, String leadDivision) {
        Task head = driver.task(instance, Elements.APPROVE_BY_DIVISION_HEAD, leadDivision + "-heads");
        driver.submit(head, Map.of("approved", true, "reviewComment", "よい回答です。"));
        Task finalApproval = driver.task(instance, Elements.APPROVE_FINALLY, ProposalProcessSettings.DEFAULT_FINAL_APPROVER_GROUP);
        driver.submit(finalApproval, Map.of("approved", true, "adopted", false));
    }

    @Test
    void aWebProposalIsAnsweredByEmailAndPublished() {
        ProcessInstance instance = driver.receiveWebProposal(ProposalDrafts.byEmail());
        ReceiptNumber receiptNumber = receiptNumberOf(instance);

        Task intake = driver.task(instance, Elements.REVIEW_INTAKE, "public-hearing");
        assertThat(intake.getDueDate()).isEqualTo(OffsetDateTime.parse(ProposalWorld.DUE_DAY + "T17:00:00+09:00").toInstant());
        assertThat(processEngine.getTaskService().getVariables(intake.getId()))
                .containsEntry("proposedTriage", "ANSWER")
                .containsEntry("triageDecision", "ANSWER")
                .containsEntry("category", "public-relations")
                .containsEntry("channel", "WEB_FORM")
                .containsEntry("answerDelivery", "EMAIL")
                .containsEntry("publicationConsented", true)
                .containsEntry("subject", ProposalDrafts.SUBJECT)
                .containsEntry("maskedText", "広報紙だけでなくメールでもお知らせを受け取りたいです。詳しくは ［電話番号］ までご連絡ください。");
        driver.submit(intake, Map.of("triageDecision", "ANSWER"));

        assertThat(world.proposal(receiptNumber).divisions()).containsExactly("div-public-relations");
        Task draft = driver.task(instance, Elements.DRAFT_ANSWER, "div-public-relations");
        driver.submit(draft, Map.of("draftText", "ご提案ありがとうございます。メール配信を始めます。"));
        approveAndSend(instance, "div-public-relations");

        assertThatInstance(instance).isWaitingAt(Elements.SEND_ANSWER_BY_EMAIL);
        driver.executeJob(instance, Elements.SEND_ANSWER_BY_EMAIL);
        Task publication = driver.task(instance, Elements.APPROVE_PUBLICATION, "public-hearing");
        driver.submit(publication, Map.of("publicationApproved", true));

        assertThatInstance(instance).isEnded().hasPassedInOrder(
                Elements.START_SUBMITTED, Elements.PREPARE_CASE, Elements.PROPOSE_TRIAGE, Elements.REVIEW_INTAKE,
                Elements.DETERMINE_DIVISIONS, Elements.ACCEPT_FOR_ANSWER, Elements.DRAFT_ANSWER,
                Elements.COMBINE_DRAFTS, Elements.APPROVE_BY_DIVISION_HEAD, Elements.APPROVE_FINALLY,
                Elements.SEND_ANSWER_BY_EMAIL, Elements.APPROVE_PUBLICATION, Elements.PUBLISH_ANSWER,
                Elements.PROPOSAL_ANSWERED)
                .hasNotPassed(Elements.CONSOLIDATE_ANSWER, Elements.RECORD_ADOPTION, Elements.PRINT_AND_POST_LETTER);
        CitizenProposal proposal = world.proposal(receiptNumber);
        assertThat(proposal.state()).isEqualTo(ProposalState.ANSWERED);
        assertThat(proposal.answer().orElseThrow().delivery()).isEqualTo(AnswerDelivery.EMAIL);
        assertThat(proposal.answer().orElseThrow().text()).isEqualTo("ご提案ありがとうございます。メール配信を始めます。");
        assertThat(proposal.isPublished()).isTrue();
        assertThat(world.citizenNotifications.sent())
                .containsExactly("confirmReceipt " + receiptNumber, "sendAnswer " + receiptNumber);
        driver.assertNoPersonalDataKept(instance);
    }

    @Test
    void aReceiptMailThatFailsIsRetriedWithoutHoldingUpTheIntake() {
        world.citizenNotifications.failNext(1);
        ReceiptNumber receiptNumber = driver.submitWebProposal(ProposalDrafts.byEmail()).receiptNumber();
        ProcessInstance instance = driver.instance(receiptNumber);
        driver.executeJob(instance, Elements.START_SUBMITTED);

        assertThatThrownBy(() -> driver.executeJob(instance, Elements.CONFIRM_RECEIPT))
                .hasMessageContaining("mail server not reachable");

        assertThat(driver.job(instance, Elements.CONFIRM_RECEIPT).getRetries()).isEqualTo(2);
        assertThat(world.proposal(receiptNumber).state()).isEqualTo(ProposalState.RECEIVED);
        assertThatInstance(instance).isWaitingAt(Elements.REVIEW_INTAKE, Elements.CONFIRM_RECEIPT);
        driver.executeJob(instance, Elements.CONFIRM_RECEIPT);
        assertThat(world.citizenNotifications.sent()).containsExactly("confirmReceipt " + receiptNumber);
        assertThatInstance(instance).hasPassed(Elements.RECEIPT_CONFIRMED).isWaitingAt(Elements.REVIEW_INTAKE);
    }

    @Test
    void aRejectionNeedsAReasonAndTellsTheCitizen() {
        ProcessInstance instance = driver.receiveWebProposal(ProposalDrafts.outOfScope());
        ReceiptNumber receiptNumber = receiptNumberOf(instance);
        Task intake = driver.task(instance, Elements.REVIEW_INTAKE);
        assertThat(processEngine.getTaskService().getVariable(intake.getId(), "proposedTriage")).isEqualTo("REJECT");

        assertRefused(() -> driver.submit(intake, Map.of("triageDecision", "REJECT", "rejectionReason", "  ")),
                "受け付けない理由を入力してください");

        assertThat(driver.task(instance, Elements.REVIEW_INTAKE).getId()).isEqualTo(intake.getId());
        assertThat(world.proposal(receiptNumber).state()).isEqualTo(ProposalState.RECEIVED);
        driver.submit(intake, Map.of("triageDecision", "REJECT", "rejectionReason", "市の業務ではないため、県にお伝えください。"));
        driver.executeJob(instance, Elements.REJECT_PROPOSAL);

        assertThatInstance(instance).isEnded().hasPassed(Elements.PROPOSAL_REJECTED);
        assertThat(world.proposal(receiptNumber).state()).isEqualTo(ProposalState.REJECTED);
        assertThat(world.proposal(receiptNumber).snapshot().decisionReason()).isEqualTo("市の業務ではないため、県にお伝えください。");
        assertThat(world.citizenNotifications.sent()).contains("tellRejected " + receiptNumber);
    }

    @Test
    void anIntakeDecisionMustBeOneOfTheFour() {
        ProcessInstance instance = driver.receiveWebProposal(ProposalDrafts.byEmail());
        Task intake = driver.task(instance, Elements.REVIEW_INTAKE);

        assertRefused(() -> driver.submit(intake, Map.of("triageDecision", "LATER")),
                "扱いを");
        assertThatInstance(instance).isWaitingAt(Elements.REVIEW_INTAKE);
    }

    @Test
    void aProposalWithoutWishForAnAnswerIsKeptAsInput() {
        ProcessInstance instance = driver.receiveWebProposal(ProposalDrafts.noAnswerWanted());
        ReceiptNumber receiptNumber = receiptNumberOf(instance);
        Task intake = driver.task(instance, Elements.REVIEW_INTAKE);
        assertThat(processEngine.getTaskService().getVariable(intake.getId(), "triageDecision")).isEqualTo("INPUT_ONLY");

        driver.submit(intake, Map.of("inputOnlyReason", "今後の広報計画の参考とする。"));

        assertThatInstance(instance).isEnded().hasPassed(Elements.KEEP_AS_INPUT, Elements.KEPT_AS_INPUT);
        assertThat(world.proposal(receiptNumber).state()).isEqualTo(ProposalState.INPUT_ONLY);
        assertThat(world.proposal(receiptNumber).snapshot().decisionReason()).isEqualTo("今後の広報計画の参考とする。");
    }

    @Test
    void aDuplicateIsMergedIntoTheExistingProposal() {
        ReceiptNumber original = world.submit(ProposalDrafts.byEmail()).receiptNumber();
        ProcessInstance instance = driver.receiveWebProposal(ProposalDrafts.byEmail());
        ReceiptNumber duplicate = receiptNumberOf(instance);
        Task intake = driver.task(instance, Elements.REVIEW_INTAKE);

        assertRefused(() -> driver.submit(intake, Map.of("triageDecision", "DUPLICATE", "duplicateOf", "P2025-09999")),
                "P2025-09999 の提案は見つかりません");
        assertRefused(() -> driver.submit(intake, Map.of("triageDecision", "DUPLICATE", "duplicateOf", duplicate.value())),
                "それ自身");
        assertRefused(() -> driver.submit(intake, Map.of("triageDecision", "DUPLICATE")),
                "受付番号を入力してください");

        driver.submit(intake, Map.of("triageDecision", "DUPLICATE", "duplicateOf", " " + original.value().toLowerCase() + " "));

        assertThatInstance(instance).isEnded().hasPassed(Elements.MERGE_DUPLICATE, Elements.PROPOSAL_MERGED);
        assertThat(world.proposal(duplicate).state()).isEqualTo(ProposalState.MERGED);
        assertThat(world.proposal(duplicate).snapshot().mergedInto()).isEqualTo(original);
    }

    @Test
    void severalDivisionsDraftInParallelAndTheLeadConsolidates() {
        ProcessInstance instance = driver.reachDrafting(ProposalDrafts.byEmail("finance", List.of("1-1.1")));
        ReceiptNumber receiptNumber = receiptNumberOf(instance);

        assertThat(world.proposal(receiptNumber).divisions()).containsExactly("div-policy-promotion", "div-finance");
        assertThat(processEngine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(Elements.DRAFT_ANSWER).count()).isEqualTo(2);
        driver.submit(driver.task(instance, Elements.DRAFT_ANSWER, "div-finance"), Map.of("draftText", "財源の見通しを示します。"));
        assertThatInstance(instance).isWaitingAt(Elements.DRAFT_ANSWER);
        driver.submit(driver.task(instance, Elements.DRAFT_ANSWER, "div-policy-promotion"), Map.of("draftText", "行政改革の計画に加えます。"));

        Task consolidate = driver.task(instance, Elements.CONSOLIDATE_ANSWER, "div-policy-promotion");
        String drafts = (String) processEngine.getTaskService().getVariable(consolidate.getId(), "drafts");
        assertThat(drafts).isEqualTo("【div-policy-promotion】\n行政改革の計画に加えます。\n\n【div-finance】\n財源の見通しを示します。");
        assertThat(processEngine.getTaskService().getVariable(consolidate.getId(), "answerText")).isEqualTo(drafts);
        driver.submit(consolidate, Map.of("answerText", "行政改革の計画に加え、財源の見通しとあわせてお知らせします。"));

        approveAndSend(instance, "div-policy-promotion");
        driver.executeJob(instance, Elements.SEND_ANSWER_BY_EMAIL);
        assertThat(world.proposal(receiptNumber).answer().orElseThrow().text())
                .isEqualTo("行政改革の計画に加え、財源の見通しとあわせてお知らせします。");
    }

    @Test
    void anIntakeClerkWithoutDecisionPermissionsCanAcceptAProposal() {
        ProcessInstance instance = driver.receiveWebProposal(ProposalDrafts.byEmail());
        Task intake = driver.task(instance, Elements.REVIEW_INTAKE);
        AuthorizationService authorizations = processEngine.getAuthorizationService();
        Authorization workOnTasks = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        workOnTasks.setGroupId("public-hearing");
        workOnTasks.setResource(Resources.TASK);
        workOnTasks.setResourceId("*");
        workOnTasks.addPermission(Permissions.ALL);
        authorizations.saveAuthorization(workOnTasks);
        Authorization readProcess = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        readProcess.setGroupId("public-hearing");
        readProcess.setResource(Resources.PROCESS_DEFINITION);
        readProcess.setResourceId(CitizenProposalProcess.PROCESS_ID);
        readProcess.addPermission(Permissions.READ);
        authorizations.saveAuthorization(readProcess);
        try {
            processEngine.getProcessEngineConfiguration().setAuthorizationEnabled(true);
            processEngine.getIdentityService().setAuthentication("kocho", List.of("public-hearing"));

            driver.submit(intake, Map.of("triageDecision", "ANSWER"));
        } finally {
            processEngine.getIdentityService().clearAuthentication();
            processEngine.getProcessEngineConfiguration().setAuthorizationEnabled(false);
            authorizations.deleteAuthorization(workOnTasks.getId());
            authorizations.deleteAuthorization(readProcess.getId());
        }

        assertThatInstance(instance).isWaitingAt(Elements.DRAFT_ANSWER);
        assertThat(world.proposal(receiptNumberOf(instance)).divisions()).containsExactly("div-public-relations");
    }

    @Test
    void aDraftIsNeededToCompleteTheDraftingTask() {
        ProcessInstance instance = driver.reachDrafting(ProposalDrafts.byEmail());
        Task draft = driver.task(instance, Elements.DRAFT_ANSWER);

        assertRefused(() -> driver.submit(draft, Map.of("draftText", "")),
                "回答案を入力してください");
        assertThatInstance(instance).isWaitingAt(Elements.DRAFT_ANSWER);
    }

    @Test
    void aReturnedAnswerIsRevisedAndApprovedAgain() {
        ProcessInstance instance = driver.reachDrafting(ProposalDrafts.byEmail());
        ReceiptNumber receiptNumber = receiptNumberOf(instance);
        driver.submit(driver.task(instance, Elements.DRAFT_ANSWER), Map.of("draftText", "検討します。"));

        Task head = driver.task(instance, Elements.APPROVE_BY_DIVISION_HEAD, "div-public-relations-heads");
        assertRefused(() -> driver.submit(head, Map.of("approved", false)),
                "コメント");
        driver.submit(head, Map.of("approved", false, "reviewComment", "いつから始めるかを書いてください。"));

        Task revise = driver.task(instance, Elements.REVISE_ANSWER, "div-public-relations");
        assertThat(processEngine.getTaskService().getVariable(revise.getId(), "reviewComment"))
                .isEqualTo("いつから始めるかを書いてください。");
        driver.submit(revise, Map.of("answerText", "10月からメール配信を始めます。"));

        Task headAgain = driver.task(instance, Elements.APPROVE_BY_DIVISION_HEAD);
        assertThat(processEngine.getTaskService().getVariables(headAgain.getId()))
                .containsEntry("approved", false)
                .containsEntry("reviewComment", null);
        driver.submit(headAgain, Map.of("approved", true));
        Task finalApproval = driver.task(instance, Elements.APPROVE_FINALLY);
        driver.submit(finalApproval, Map.of("approved", false, "reviewComment", "配信の申込方法も書いてください。"));

        Task reviseAgain = driver.task(instance, Elements.REVISE_ANSWER);
        assertThat(processEngine.getTaskService().getVariable(reviseAgain.getId(), "reviewComment"))
                .isEqualTo("配信の申込方法も書いてください。");
        driver.submit(reviseAgain, Map.of("answerText", "10月からメール配信を始めます。申込は市のホームページからできます。"));
        approveAndSend(instance, "div-public-relations");
        driver.executeJob(instance, Elements.SEND_ANSWER_BY_EMAIL);

        assertThat(world.proposal(receiptNumber).answer().orElseThrow().text())
                .isEqualTo("10月からメール配信を始めます。申込は市のホームページからできます。");
        assertThat(processEngine.getHistoryService().createHistoricActivityInstanceQuery()
                .processInstanceId(instance.getId()).activityId(Elements.REVISE_ANSWER).count()).isEqualTo(2);
    }

    @Test
    void theTimersFallOnTheOfficeHoursOfTheDueDay() {
        ProcessInstance instance = driver.reachDrafting(ProposalDrafts.byEmail());

        Job reminder = driver.job(instance, Elements.ANSWER_REMINDER_DUE);
        Job overdue = driver.job(instance, Elements.ANSWER_OVERDUE);

        assertThat(reminder.getDuedate().toInstant()).isEqualTo(OffsetDateTime.parse("2025-06-18T09:00:00+09:00").toInstant());
        assertThat(overdue.getDuedate().toInstant()).isEqualTo(OffsetDateTime.parse("2025-06-20T17:00:00+09:00").toInstant());
    }

    @Test
    void theLeadDivisionIsRemindedBeforeTheAnswerFallsDue() {
        ProcessInstance instance = driver.reachDrafting(ProposalDrafts.byEmail());
        ReceiptNumber receiptNumber = receiptNumberOf(instance);

        driver.executeJob(instance, Elements.ANSWER_REMINDER_DUE);
        driver.executeJob(instance, Elements.REMIND_DIVISION);

        assertThat(world.staffNotifications.sent())
                .containsExactly("remindDivision div-public-relations " + receiptNumber + " " + ProposalWorld.DUE_DAY);
        assertThatInstance(instance).hasPassed(Elements.DIVISION_REMINDED).isWaitingAt(Elements.DRAFT_ANSWER);
    }

    @Test
    void anOverdueAnswerIsEscalatedToTheHeadWhileTheWorkGoesOn() {
        ProcessInstance instance = driver.reachDrafting(ProposalDrafts.byEmail("finance", List.of("1-1.1")));
        ReceiptNumber receiptNumber = receiptNumberOf(instance);

        driver.executeJob(instance, Elements.ANSWER_OVERDUE);
        driver.executeJob(instance, Elements.ESCALATE_OVERDUE);

        assertThat(world.staffNotifications.sent())
                .containsExactly("escalateOverdue div-policy-promotion " + receiptNumber + " " + ProposalWorld.DUE_DAY);
        Task overdue = driver.task(instance, Elements.HANDLE_OVERDUE_PROPOSAL, "div-policy-promotion-heads");
        assertThat(processEngine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(Elements.DRAFT_ANSWER).count()).isEqualTo(2);
        driver.submit(overdue, Map.of("overdueAction", "財政課と今週中にまとめるよう指示した。"));
        assertThatInstance(instance).hasPassed(Elements.OVERDUE_HANDLED).isWaitingAt(Elements.DRAFT_ANSWER);
    }

    @Test
    void aWithdrawnProposalEndsItsProcess() {
        SubmissionReceipt receipt = driver.submitWebProposal(ProposalDrafts.byEmail());
        ProcessInstance instance = driver.instance(receipt.receiptNumber());
        driver.executeJob(instance, Elements.START_SUBMITTED);
        driver.submit(driver.task(instance, Elements.REVIEW_INTAKE), Map.of("triageDecision", "ANSWER"));
        ProposalProcessClient client = world.client(processEngine.getRuntimeService());

        world.access.withdraw(receipt.receiptNumber().value(), receipt.secret().value());
        boolean ended = client.withdraw(receipt.receiptNumber());

        assertThat(ended).isTrue();
        assertThatInstance(instance).isEnded().hasPassed(Elements.START_WITHDRAWN, Elements.PROPOSAL_WITHDRAWN);
        assertThat(processEngine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat(processEngine.getManagementService().createJobQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat(client.withdraw(receipt.receiptNumber())).isFalse();
    }

    @Test
    void startingTwiceForOneReceiptNumberKeepsOneInstance() {
        SubmissionReceipt receipt = world.submit(ProposalDrafts.byEmail());
        ProposalProcessClient client = world.client(processEngine.getRuntimeService());

        String first = client.start(receipt.receiptNumber());
        String second = client.start(receipt.receiptNumber());

        assertThat(second).isEqualTo(first);
        assertThat(processEngine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(receipt.receiptNumber().value()).count()).isEqualTo(1);
        assertThat(processEngine.getRuntimeService().getVariables(first))
                .containsOnlyKeys("receiptNumber").containsEntry("receiptNumber", receipt.receiptNumber().value());
    }

    @Test
    void anAnswerWithoutEmailAddressIsPrintedAndPosted() {
        ProcessInstance instance = driver.reachDrafting(ProposalDrafts.byLetter());
        ReceiptNumber receiptNumber = receiptNumberOf(instance);
        driver.submit(driver.task(instance, Elements.DRAFT_ANSWER, "div-finance"), Map.of("draftText", "予算編成の参考にします。"));
        approveAndSend(instance, "div-finance");

        Task letter = driver.task(instance, Elements.PRINT_AND_POST_LETTER, "public-hearing");
        assertThat(letter.getDueDate()).isNotNull();
        driver.submit(letter, Map.of());

        assertThatInstance(instance).isEnded()
                .hasPassed(Elements.RECORD_LETTER_SENT, Elements.PROPOSAL_ANSWERED)
                .hasNotPassed(Elements.SEND_ANSWER_BY_EMAIL, Elements.APPROVE_PUBLICATION);
        assertThat(world.proposal(receiptNumber).answer().orElseThrow().delivery()).isEqualTo(AnswerDelivery.LETTER);
        assertThat(world.citizenNotifications.sent()).doesNotContain("sendAnswer " + receiptNumber);
        driver.assertNoPersonalDataKept(instance);
    }

    @Test
    void aDeclinedPublicationLeavesTheAnswerUnpublished() {
        ProcessInstance instance = driver.reachDrafting(ProposalDrafts.byEmail());
        ReceiptNumber receiptNumber = receiptNumberOf(instance);
        driver.submit(driver.task(instance, Elements.DRAFT_ANSWER), Map.of("draftText", "検討します。"));
        approveAndSend(instance, "div-public-relations");
        driver.executeJob(instance, Elements.SEND_ANSWER_BY_EMAIL);

        driver.submit(driver.task(instance, Elements.APPROVE_PUBLICATION), Map.of("publicationApproved", false));

        assertThatInstance(instance).isEnded().hasPassed(Elements.PROPOSAL_ANSWERED).hasNotPassed(Elements.PUBLISH_ANSWER);
        assertThat(world.proposal(receiptNumber).isPublished()).isFalse();
    }

    @Test
    void anAdoptedProposalIsRecordedWithItsInitiativesCostAndPeriod() {
        ProcessInstance instance = driver.reachDrafting(ProposalDrafts.byEmail());
        ReceiptNumber receiptNumber = receiptNumberOf(instance);
        driver.submit(driver.task(instance, Elements.DRAFT_ANSWER), Map.of("draftText", "採用します。"));
        driver.submit(driver.task(instance, Elements.APPROVE_BY_DIVISION_HEAD), Map.of("approved", true));
        Task finalApproval = driver.task(instance, Elements.APPROVE_FINALLY);

        assertRefused(() -> driver.submit(finalApproval, Map.of("approved", true, "adopted", true,
                "adoptedInitiatives", "2-1.1", "adoptionFromYear", 2027, "adoptionToYear", 2026)),
                "終了年度は開始年度以降");
        assertRefused(() -> driver.submit(finalApproval, Map.of("approved", true, "adopted", true,
                "adoptedInitiatives", "広報")),
                "取組の番号「広報」");
        driver.submit(finalApproval, Map.of("approved", true, "adopted", true, "adoptedInitiatives", "2-1.1, 2-1.3",
                "adoptionCostYen", 1_200_000, "adoptionFromYear", 2026, "adoptionToYear", 2027));

        assertThatInstance(instance).hasPassed(Elements.RECORD_ADOPTION).isWaitingAt(Elements.SEND_ANSWER_BY_EMAIL);
        var adoption = world.proposal(receiptNumber).adoption().orElseThrow();
        assertThat(adoption.initiatives()).extracting(Object::toString).containsExactly("2-1.1", "2-1.3");
        assertThat(adoption.estimatedCostYen()).isEqualByComparingTo("1200000");
        assertThat(adoption.from().year()).isEqualTo(2026);
        assertThat(adoption.to().year()).isEqualTo(2027);
    }

    @Test
    void aPaperProposalIsRegisteredWithoutLeavingPersonalDataInTheProcess() {
        VariableMap entry = paperEntry();

        ProcessInstance instance = processEngine.getFormService()
                .submitStartForm(paperDefinitionId(), entry);

        ReceiptNumber receiptNumber = new ReceiptNumber(instance.getBusinessKey());
        assertThat(processEngine.getRuntimeService().getVariables(instance.getId()))
                .containsOnlyKeys("receiptNumber").containsEntry("receiptNumber", receiptNumber.value());
        driver.assertNoPersonalDataKept(instance);
        CitizenProposal proposal = world.proposal(receiptNumber);
        assertThat(proposal.snapshot().channel()).isEqualTo(Channel.PROPOSAL_BOX);
        assertThat(proposal.snapshot().intakeOffice()).isEqualTo("二本松市役所 本庁舎");
        assertThat(proposal.contact().email()).isEqualTo(ProposalDrafts.EMAIL);
        assertThat(proposal.initiatives()).extracting(Object::toString).containsExactly("2-1.1", "2-1.3");

        driver.executeJob(instance, Elements.REGISTER_PAPER_PROPOSAL);
        driver.executeJob(instance, Elements.CONFIRM_RECEIPT);

        Task intake = driver.task(instance, Elements.REVIEW_INTAKE);
        assertThat(processEngine.getTaskService().getVariables(intake.getId()))
                .containsEntry("channel", "PROPOSAL_BOX")
                .containsEntry("initiativeApproach", "2-1")
                .containsEntry("answerDelivery", "EMAIL");
        assertThat(world.citizenNotifications.sent()).containsExactly("confirmReceipt " + receiptNumber);
        driver.assertNoPersonalDataKept(instance);
    }

    @Test
    void aPaperEntryTheDomainRefusesStartsNothing() {
        VariableMap entry = paperEntry().putValue("citizenSubject", "").putValue("citizenEmail", "not-an-address");

        assertRefused(() -> processEngine.getFormService().submitStartForm(paperDefinitionId(), entry),
                "件名は必須です")
                .hasMessageContaining("メールアドレスは形式が正しくありません")
                .hasMessageNotContaining("not-an-address");

        assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
        assertThat(processEngine.getHistoryService().createHistoricVariableInstanceQuery().includeDeleted().count()).isZero();
    }

    @Test
    void aPaperEntryNeedsAPaperChannel() {
        VariableMap entry = paperEntry().putValue("channel", "WEB_FORM");

        assertRefused(() -> processEngine.getFormService().submitStartForm(paperDefinitionId(), entry),
                "受付経路");
    }

    private String paperDefinitionId() {
        return processEngine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(CitizenProposalProcess.PROCESS_ID).latestVersion().singleResult().getId();
    }

    private static VariableMap paperEntry() {
        return Variables.createVariables()
                .putValue("channel", "PROPOSAL_BOX")
                .putValue("intakeOffice", "二本松市役所 本庁舎")
                .putValue("citizenSubject", ProposalDrafts.SUBJECT)
                .putValue("citizenText", ProposalDrafts.TEXT)
                .putValue("category", "public-relations")
                .putValue("initiatives", "2-1.1、2-1.3")
                .putValue("citizenFamilyName", ProposalDrafts.FAMILY_NAME)
                .putValue("citizenGivenName", "花子")
                .putValue("citizenArea", "二本松地区")
                .putValue("citizenPostalAddress", ProposalDrafts.POSTAL_ADDRESS)
                .putValue("citizenEmail", ProposalDrafts.EMAIL)
                .putValue("citizenPhone", "090-1234-5678")
                .putValue("wantsAnswer", true)
                .putValue("publicationConsent", "WITH_SURNAME");
    }
}
