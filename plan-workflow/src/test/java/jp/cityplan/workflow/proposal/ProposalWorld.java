package jp.cityplan.workflow.proposal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Set;
import jp.cityplan.domain.calendar.AnswerDeadlinePolicy;
import jp.cityplan.domain.plan.InitiativeCode;
import jp.cityplan.domain.proposal.CitizenProposal;
import jp.cityplan.domain.proposal.ProposalAccess;
import jp.cityplan.domain.proposal.ProposalCases;
import jp.cityplan.domain.proposal.ProposalDraft;
import jp.cityplan.domain.proposal.ProposalRules;
import jp.cityplan.domain.proposal.ProposalSubmission;
import jp.cityplan.domain.proposal.ReceiptNumber;
import jp.cityplan.domain.proposal.SubmissionReceipt;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * The real domain services over in-memory proposals and recording notifications, and every delegate of
 * {@code citizen-proposal} built on them and registered under its bean name, as the app will.
 */
final class ProposalWorld {

    /** Monday 2 June 2025, 10:00 in Nihonmatsu: 14 business days later is Friday 20 June. */
    static final OffsetDateTime NOW = OffsetDateTime.parse("2025-06-02T10:00:00+09:00");
    static final String DUE_DAY = "2025-06-20";

    static final Set<String> CATEGORIES = Set.of(
            "administration", "public-relations", "finance", "regional-cooperation", "other", "out-of-scope");
    static final Set<String> SEED_APPROACHES = Set.of("1-1", "1-2", "1-3", "1-4", "2-1", "2-2", "3-1", "3-2", "4-1");

    final InMemoryCitizenProposals proposals = new InMemoryCitizenProposals();
    final RecordingCitizenNotifications citizenNotifications = new RecordingCitizenNotifications();
    final RecordingStaffNotifications staffNotifications = new RecordingStaffNotifications();
    final Clock clock = new EngineClock();
    final AnswerDeadlinePolicy deadline = AnswerDeadlinePolicy.standard();
    final ProposalRules rules = new ProposalRules(CATEGORIES,
            (InitiativeCode code) -> SEED_APPROACHES.contains(code.approach().value()));
    final ProposalSubmission submission = new ProposalSubmission(proposals, () -> rules, deadline, clock);
    final ProposalCases cases = new ProposalCases(proposals, clock);
    final ProposalAccess access = new ProposalAccess(proposals, clock);
    final ProposalProcessSettings settings = ProposalProcessSettings.defaults();

    static void startTheClock() {
        ClockUtil.setCurrentTime(Date.from(NOW.toInstant()));
    }

    static void stopTheClock() {
        ClockUtil.reset();
    }

    void registerDelegates() {
        Mocks.register("proposalVariables", new CitizenProposalVariables());
        Mocks.register("registerPaperProposalDelegate", new RegisterPaperProposalDelegate(submission));
        Mocks.register("prepareProposalCaseDelegate", new PrepareProposalCaseDelegate(cases, deadline, settings));
        Mocks.register("confirmReceiptDelegate", new ConfirmReceiptDelegate(cases, citizenNotifications));
        Mocks.register("checkIntakeDecisionListener", new CheckIntakeDecisionListener(cases));
        Mocks.register("rejectProposalDelegate", new RejectProposalDelegate(cases, citizenNotifications));
        Mocks.register("keepAsInputDelegate", new KeepAsInputDelegate(cases));
        Mocks.register("mergeDuplicateDelegate", new MergeDuplicateDelegate(cases));
        Mocks.register("determineDivisionsDelegate", new DetermineDivisionsDelegate());
        Mocks.register("acceptForAnswerDelegate", new AcceptForAnswerDelegate(cases));
        Mocks.register("collectDraftListener", new CollectDraftListener());
        Mocks.register("combineDraftsDelegate", new CombineDraftsDelegate());
        Mocks.register("checkApprovalListener", new CheckApprovalListener());
        Mocks.register("recordAdoptionDelegate", new RecordAdoptionDelegate(cases));
        Mocks.register("remindDivisionDelegate", new RemindDivisionDelegate(staffNotifications));
        Mocks.register("escalateOverdueDelegate", new EscalateOverdueDelegate(staffNotifications));
        Mocks.register("sendAnswerByEmailDelegate", new SendAnswerByEmailDelegate(cases, citizenNotifications));
        Mocks.register("recordLetterSentDelegate", new RecordLetterSentDelegate(cases));
        Mocks.register("publishAnswerDelegate", new PublishAnswerDelegate(cases));
    }

    /** What the app does for a web proposal: the domain stores it, then the process starts. */
    SubmissionReceipt submit(ProposalDraft draft) {
        return submission.submit(draft).receipt();
    }

    ProposalProcessClient client(RuntimeService runtimeService) {
        return new ProposalProcessClient(runtimeService);
    }

    CitizenProposal proposal(ReceiptNumber receiptNumber) {
        return cases.get(receiptNumber);
    }
}
