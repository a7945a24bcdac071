package jp.cityplan.workflow.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import jp.cityplan.domain.proposal.AnswerDelivery;
import jp.cityplan.domain.proposal.CitizenProposal;
import jp.cityplan.domain.proposal.ProposalState;
import jp.cityplan.domain.proposal.ReceiptNumber;
import jp.cityplan.domain.proposal.SubmissionReceipt;
import jp.cityplan.workflow.proposal.CitizenProposalProcess.Elements;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.scenario.ProcessScenario;
import org.camunda.bpm.scenario.Scenario;
import org.camunda.bpm.scenario.delegate.TaskDelegate;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Whole lives of a proposal, run by camunda-bpm-assert-scenario: each waiting task says what staff do there; the
 * runner executes the save points and, when time is deferred, the timers that fall due. The runner sets the engine's
 * clock to the real time when it starts, so each proposal is received inside the scenario (its due date then lies
 * ahead of the runner's clock) and assertions read the due date from the case.
 */
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
class CitizenProposalScenarioTest {

    @RegisterExtension
    static final ProcessEngineCoverageExtension ENGINE = ProcessEngineCoverageExtension
            .builder("camunda-test.cfg.xml")
            .assertClassCoverageAtLeast(0.9)
            .build();

    ProcessEngine processEngine;
    ProposalWorld world;
    ProposalProcessClient client;
    ProcessScenario proposal;
    SubmissionReceipt receipt;

    @BeforeEach
    void setUp() {
        ProposalWorld.startTheClock();
        world = new ProposalWorld();
        world.registerDelegates();
        client = world.client(processEngine.getRuntimeService());
        proposal = mock(ProcessScenario.class);
        BpmnAwareTests.init(processEngine);
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ProposalWorld.stopTheClock();
        BpmnAwareTests.reset();
    }

    /** The app's web path, inside the scenario's time: the domain receives the proposal, the process starts. */
    private ProcessInstance receiveFromTheWeb(jp.cityplan.domain.proposal.ProposalDraft draft) {
        receipt = world.submit(draft);
        String id = client.start(receipt.receiptNumber());
        return processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
    }

    private String division(TaskDelegate task) {
        return (String) processEngine.getTaskService().getVariable(task.getId(), "division");
    }

    private void intakeDecides(String decision, Object... more) {
        when(proposal.waitsAtUserTask(Elements.REVIEW_INTAKE)).thenReturn(task ->
                task.complete(withVariables("triageDecision", decision, more)));
    }

    private void headApproves() {
        when(proposal.waitsAtUserTask(Elements.APPROVE_BY_DIVISION_HEAD)).thenReturn(task ->
                task.complete(withVariables("approved", true)));
    }

    @Test
    void aWebProposalIsAnsweredAdoptedAndPublishedThoughLate() {
        intakeDecides("ANSWER");
        when(proposal.waitsAtUserTask(Elements.DRAFT_ANSWER)).thenReturn(task ->
                task.defer("P20D", () -> task.complete(withVariables("draftText", "メール配信を始めます。"))));
        when(proposal.waitsAtUserTask(Elements.HANDLE_OVERDUE_PROPOSAL)).thenReturn(task ->
                task.complete(withVariables("overdueAction", "今週中に回答するよう指示した。")));
        headApproves();
        when(proposal.waitsAtUserTask(Elements.APPROVE_FINALLY)).thenReturn(task ->
                task.complete(withVariables("approved", true, "adopted", true, "adoptedInitiatives", "2-1.3",
                        "adoptionCostYen", 300000, "adoptionFromYear", 2026)));
        when(proposal.waitsAtUserTask(Elements.APPROVE_PUBLICATION)).thenReturn(task ->
                task.complete(withVariables("publicationApproved", true)));

        Scenario.run(proposal)
                .startBy(() -> receiveFromTheWeb(ProposalDrafts.byEmail("public-relations", List.of("2-1.3"))))
                .engine(processEngine).execute();

        ReceiptNumber receiptNumber = receipt.receiptNumber();
        verify(proposal).hasFinished(Elements.RECEIPT_CONFIRMED);
        verify(proposal).hasFinished(Elements.DIVISION_REMINDED);
        verify(proposal).hasFinished(Elements.OVERDUE_HANDLED);
        verify(proposal).hasFinished(Elements.RECORD_ADOPTION);
        verify(proposal).hasFinished(Elements.PUBLISH_ANSWER);
        verify(proposal).hasFinished(Elements.PROPOSAL_ANSWERED);
        verify(proposal, never()).hasStarted(Elements.REVISE_ANSWER);
        CitizenProposal answered = world.proposal(receiptNumber);
        assertThat(answered.state()).isEqualTo(ProposalState.ANSWERED);
        assertThat(answered.isPublished()).isTrue();
        assertThat(answered.adoption()).isPresent();
        assertThat(world.staffNotifications.sent()).containsExactly(
                "remindDivision div-public-relations " + receiptNumber + " " + answered.answerDueOn(),
                "escalateOverdue div-public-relations " + receiptNumber + " " + answered.answerDueOn());
        assertThat(answered.answer().orElseThrow().sentAt())
                .isAfter(answered.answerDueOn().atTime(17, 0).atZone(CitizenProposal.CITY_ZONE).toInstant());
        assertThat(world.citizenNotifications.sent())
                .containsExactly("confirmReceipt " + receiptNumber, "sendAnswer " + receiptNumber);
    }

    @Test
    void aPaperProposalForTwoDivisionsIsReturnedTwiceAndPosted() {
        intakeDecides("ANSWER");
        when(proposal.waitsAtUserTask(Elements.DRAFT_ANSWER)).thenReturn(task ->
                task.complete(withVariables("draftText", division(task) + "の回答案")));
        when(proposal.waitsAtUserTask(Elements.CONSOLIDATE_ANSWER)).thenReturn(task ->
                task.complete(withVariables("answerText", "とりまとめた回答")));
        when(proposal.waitsAtUserTask(Elements.APPROVE_BY_DIVISION_HEAD)).thenReturn(
                task -> task.complete(withVariables("approved", false, "reviewComment", "根拠を書いてください。")),
                task -> task.complete(withVariables("approved", true)));
        when(proposal.waitsAtUserTask(Elements.REVISE_ANSWER)).thenReturn(task ->
                task.complete(withVariables("answerText", "根拠を添えた回答")));
        when(proposal.waitsAtUserTask(Elements.APPROVE_FINALLY)).thenReturn(
                task -> task.complete(withVariables("approved", false, "reviewComment", "時期を書いてください。")),
                task -> task.complete(withVariables("approved", true)));
        when(proposal.waitsAtUserTask(Elements.PRINT_AND_POST_LETTER)).thenReturn(TaskDelegate::complete);

        Scenario run = Scenario.run(proposal).startBy(() -> processEngine.getFormService().submitStartForm(
                processEngine.getRepositoryService().createProcessDefinitionQuery()
                        .processDefinitionKey(CitizenProposalProcess.PROCESS_ID).singleResult().getId(),
                Variables.createVariables()
                        .putValue("channel", "MAIL_IN")
                        .putValue("citizenSubject", "ふるさと納税の使い道を選べるようにしてほしい")
                        .putValue("citizenText", "寄付の使い道を市民が選べると良いと思います。")
                        .putValue("category", "finance")
                        .putValue("initiatives", "1-1.1")
                        .putValue("citizenFamilyName", ProposalDrafts.FAMILY_NAME)
                        .putValue("citizenPostalAddress", ProposalDrafts.POSTAL_ADDRESS)
                        .putValue("wantsAnswer", true)
                        .putValue("publicationConsent", "NONE")))
                .engine(processEngine).execute();

        verify(proposal).hasFinished(Elements.REGISTER_PAPER_PROPOSAL);
        verify(proposal).hasFinished(Elements.CONSOLIDATE_ANSWER);
        verify(proposal, org.mockito.Mockito.times(2)).hasFinished(Elements.REVISE_ANSWER);
        verify(proposal).hasFinished(Elements.RECORD_LETTER_SENT);
        verify(proposal).hasFinished(Elements.PROPOSAL_ANSWERED);
        verify(proposal, never()).hasStarted(Elements.APPROVE_PUBLICATION);
        CitizenProposal answered = world.proposal(new ReceiptNumber(run.instance(proposal).getBusinessKey()));
        assertThat(answered.divisions()).containsExactly("div-policy-promotion", "div-finance");
        assertThat(answered.answer().orElseThrow().delivery()).isEqualTo(AnswerDelivery.LETTER);
        assertThat(answered.answer().orElseThrow().text()).isEqualTo("根拠を添えた回答");
    }

    @Test
    void anOutOfScopeProposalIsRejected() {
        intakeDecides("REJECT", "rejectionReason", "市の業務ではないため。");

        Scenario.run(proposal).startBy(() -> receiveFromTheWeb(ProposalDrafts.outOfScope())).engine(processEngine).execute();

        verify(proposal).hasFinished(Elements.PROPOSAL_REJECTED);
        assertThat(world.proposal(receipt.receiptNumber()).state()).isEqualTo(ProposalState.REJECTED);
    }

    @Test
    void aProposalWantingNoAnswerIsKeptAsInput() {
        intakeDecides("INPUT_ONLY");

        Scenario.run(proposal).startBy(() -> receiveFromTheWeb(ProposalDrafts.noAnswerWanted())).engine(processEngine).execute();

        verify(proposal).hasFinished(Elements.KEPT_AS_INPUT);
        assertThat(world.proposal(receipt.receiptNumber()).state()).isEqualTo(ProposalState.INPUT_ONLY);
    }

    @Test
    void aDuplicateIsMerged() {
        ReceiptNumber original = world.submit(ProposalDrafts.byEmail()).receiptNumber();
        intakeDecides("DUPLICATE", "duplicateOf", original.value());

        Scenario.run(proposal).startBy(() -> receiveFromTheWeb(ProposalDrafts.byEmail())).engine(processEngine).execute();

        verify(proposal).hasFinished(Elements.PROPOSAL_MERGED);
        assertThat(world.proposal(receipt.receiptNumber()).state()).isEqualTo(ProposalState.MERGED);
    }

    @Test
    void aProposalWithdrawnWhileDraftedEndsAtOnce() {
        intakeDecides("ANSWER");
        when(proposal.waitsAtUserTask(Elements.DRAFT_ANSWER)).thenReturn(task -> {
            world.access.withdraw(receipt.receiptNumber().value(), receipt.secret().value());
            client.withdraw(receipt.receiptNumber());
        });

        Scenario.run(proposal).startBy(() -> receiveFromTheWeb(ProposalDrafts.byEmail())).engine(processEngine).execute();

        verify(proposal).hasFinished(Elements.PROPOSAL_WITHDRAWN);
        verify(proposal).hasCanceled(Elements.DRAFT_ANSWER);
        verify(proposal, never()).hasFinished(Elements.PROPOSAL_ANSWERED);
        assertThat(world.proposal(receipt.receiptNumber()).state()).isEqualTo(ProposalState.WITHDRAWN);
    }

    @Test
    void anApprovedAnswerWhosePublicationIsDeclinedIsOnlySent() {
        intakeDecides("ANSWER");
        when(proposal.waitsAtUserTask(Elements.DRAFT_ANSWER)).thenReturn(task ->
                task.complete(withVariables("draftText", "検討します。")));
        headApproves();
        when(proposal.waitsAtUserTask(Elements.APPROVE_FINALLY)).thenReturn(task ->
                task.complete(withVariables("approved", true)));
        when(proposal.waitsAtUserTask(Elements.APPROVE_PUBLICATION)).thenReturn(task ->
                task.complete(withVariables("publicationApproved", false)));

        Scenario.run(proposal).startBy(() -> receiveFromTheWeb(ProposalDrafts.byEmail())).engine(processEngine).execute();

        verify(proposal).hasFinished(Elements.PROPOSAL_ANSWERED);
        verify(proposal, never()).hasStarted(Elements.PUBLISH_ANSWER);
        assertThat(world.proposal(receipt.receiptNumber()).isPublished()).isFalse();
    }
}
