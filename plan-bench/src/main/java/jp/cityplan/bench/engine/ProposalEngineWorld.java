package jp.cityplan.bench.engine;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.cityplan.domain.calendar.AnswerDeadlinePolicy;
import jp.cityplan.domain.proposal.CitizenProposal;
import jp.cityplan.domain.proposal.ProposalCases;
import jp.cityplan.domain.proposal.ProposalRules;
import jp.cityplan.domain.proposal.ProposalSubmission;
import jp.cityplan.workflow.proposal.AcceptForAnswerDelegate;
import jp.cityplan.workflow.proposal.CheckApprovalListener;
import jp.cityplan.workflow.proposal.CheckIntakeDecisionListener;
import jp.cityplan.workflow.proposal.CitizenProposalVariables;
import jp.cityplan.workflow.proposal.CollectDraftListener;
import jp.cityplan.workflow.proposal.CombineDraftsDelegate;
import jp.cityplan.workflow.proposal.ConfirmReceiptDelegate;
import jp.cityplan.workflow.proposal.DetermineDivisionsDelegate;
import jp.cityplan.workflow.proposal.EscalateOverdueDelegate;
import jp.cityplan.workflow.proposal.KeepAsInputDelegate;
import jp.cityplan.workflow.proposal.MergeDuplicateDelegate;
import jp.cityplan.workflow.proposal.PrepareProposalCaseDelegate;
import jp.cityplan.workflow.proposal.ProposalProcessSettings;
import jp.cityplan.workflow.proposal.PublishAnswerDelegate;
import jp.cityplan.workflow.proposal.RecordAdoptionDelegate;
import jp.cityplan.workflow.proposal.RecordLetterSentDelegate;
import jp.cityplan.workflow.proposal.RegisterPaperProposalDelegate;
import jp.cityplan.workflow.proposal.RejectProposalDelegate;
import jp.cityplan.workflow.proposal.RemindDivisionDelegate;
import jp.cityplan.workflow.proposal.SendAnswerByEmailDelegate;

/**
 * The real domain services of the proposal process over in-memory proposals and stubbed mail, and every delegate of
 * {@code citizen-proposal} built on them under its bean name (as plan-workflow's ProposalWorld does in the tests, but
 * on the real clock and safe for several threads). The process's initiatives are not checked against a plan.
 */
final class ProposalEngineWorld {

    static final Set<String> CATEGORIES = Set.of(
            "administration", "public-relations", "finance", "regional-cooperation", "community", "other",
            "out-of-scope");

    final InMemoryProposals proposals = new InMemoryProposals();
    final NoMail mail = new NoMail();
    final Clock clock = Clock.system(CitizenProposal.CITY_ZONE);
    final AnswerDeadlinePolicy deadline = AnswerDeadlinePolicy.standard();
    final ProposalRules rules = new ProposalRules(CATEGORIES, code -> true);
    final ProposalSubmission submission = new ProposalSubmission(proposals, () -> rules, deadline, clock);
    final ProposalCases cases = new ProposalCases(proposals, clock);
    final ProposalProcessSettings settings = ProposalProcessSettings.defaults();

    /** The delegates by the names the model's {@code delegateExpression}s use. */
    Map<Object, Object> beans() {
        Map<Object, Object> beans = new HashMap<>();
        beans.put("proposalVariables", new CitizenProposalVariables());
        beans.put("registerPaperProposalDelegate", new RegisterPaperProposalDelegate(submission));
        beans.put("prepareProposalCaseDelegate", new PrepareProposalCaseDelegate(cases, deadline, settings));
        beans.put("confirmReceiptDelegate", new ConfirmReceiptDelegate(cases, mail));
        beans.put("checkIntakeDecisionListener", new CheckIntakeDecisionListener(cases));
        beans.put("rejectProposalDelegate", new RejectProposalDelegate(cases, mail));
        beans.put("keepAsInputDelegate", new KeepAsInputDelegate(cases));
        beans.put("mergeDuplicateDelegate", new MergeDuplicateDelegate(cases));
        beans.put("determineDivisionsDelegate", new DetermineDivisionsDelegate());
        beans.put("acceptForAnswerDelegate", new AcceptForAnswerDelegate(cases));
        beans.put("collectDraftListener", new CollectDraftListener());
        beans.put("combineDraftsDelegate", new CombineDraftsDelegate());
        beans.put("checkApprovalListener", new CheckApprovalListener());
        beans.put("recordAdoptionDelegate", new RecordAdoptionDelegate(cases));
        beans.put("remindDivisionDelegate", new RemindDivisionDelegate(mail));
        beans.put("escalateOverdueDelegate", new EscalateOverdueDelegate(mail));
        beans.put("sendAnswerByEmailDelegate", new SendAnswerByEmailDelegate(cases, mail));
        beans.put("recordLetterSentDelegate", new RecordLetterSentDelegate(cases));
        beans.put("publishAnswerDelegate", new PublishAnswerDelegate(cases));
        return beans;
    }

    static final List<String> RESOURCES = List.of(
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
            "bpmn/forms/proposal-publication.form");
}
