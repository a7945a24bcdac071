package jp.cityplan.domain.publicworks;

import java.time.LocalDate;
import java.util.Set;
import jp.cityplan.domain.shared.FiscalYear;
import jp.cityplan.domain.shared.Require;

/**
 * 公共事業評価: one evaluation of a project at one stage and cycle. The owning division fills in the sheet (the planning
 * division may return it), the city drafts its policy (対応方針案), the committee gives its opinion, the city decides
 * (stating why where it does not follow the opinion) and publishes the result.
 */
public final class PublicWorksEvaluation {

    static final int MAX_TEXT = 4000;

    private EvaluationSnapshot state;

    private PublicWorksEvaluation(EvaluationSnapshot state) {
        this.state = state;
    }

    /** Opens the evaluation of a project; {@code trigger} says why it is due (e.g. {@code UNSTARTED}). */
    public static PublicWorksEvaluation open(ProjectId project, EvaluationStage stage, FiscalYear cycle, String trigger) {
        return new PublicWorksEvaluation(new EvaluationSnapshot(EvaluationReference.of(project, stage, cycle), project,
                stage, cycle, Require.optionalText(trigger, "trigger"), EvaluationState.SHEET_REQUESTED, null, null,
                null, null, null, null, 0));
    }

    public static PublicWorksEvaluation restore(EvaluationSnapshot snapshot) {
        return new PublicWorksEvaluation(snapshot);
    }

    public EvaluationSnapshot snapshot() {
        return state;
    }

    public void fillInSheet(EvaluationSheet sheet) {
        require("fill in the sheet", EvaluationState.SHEET_REQUESTED, EvaluationState.SHEET_FILLED);
        state = with(EvaluationState.SHEET_FILLED, Require.present(sheet, "sheet"), null, state.draftPolicy(),
                state.opinion(), state.decision(), null);
    }

    /** What the outcome table proposes from the sheet; the planning division starts its draft from it. */
    public void proposeDecision(EvaluationDecision proposed) {
        require("propose a decision", EvaluationState.SHEET_FILLED);
        state = with(state.state(), state.sheet(), allowed(proposed, "proposedDecision"), null, null, null, null);
    }

    /** The planning division sends the sheet back to the owning division for correction. */
    public void returnSheet() {
        require("return the sheet", EvaluationState.SHEET_FILLED);
        state = with(EvaluationState.SHEET_REQUESTED, state.sheet(), null, null, null, null, null);
    }

    public void draftPolicy(DraftPolicy policy) {
        require("draft the policy", EvaluationState.SHEET_FILLED);
        allowed(policy.decision(), "policyDecision");
        checkLength("policyReasons", policy.reasons());
        state = with(EvaluationState.POLICY_DRAFTED, state.sheet(), state.proposedDecision(), policy, null, null, null);
    }

    public void recordOpinion(CommitteeOpinion opinion) {
        require("record the committee's opinion", EvaluationState.POLICY_DRAFTED);
        allowed(opinion.decision(), "opinionDecision");
        checkLength("opinionText", opinion.text());
        state = with(EvaluationState.OPINION_GIVEN, state.sheet(), state.proposedDecision(), state.draftPolicy(),
                opinion, null, null);
    }

    /**
     * The city decides. It respects the committee's opinion, or records why not: a decision other than the opinion's
     * without a reason is refused.
     */
    public void decide(EvaluationDecision decision, String deviationReason, LocalDate on) {
        require("decide", EvaluationState.OPINION_GIVEN);
        Checks checks = new Checks();
        if (decision == null) {
            checks.add("decision", FieldViolation.Reason.REQUIRED);
        } else if (!state.stage().decisions().contains(decision)) {
            checks.add("decision", FieldViolation.Reason.NOT_ALLOWED);
        }
        String reason = checks.optionalText("deviationReason", deviationReason, MAX_TEXT);
        boolean deviates = decision != null && decision != state.opinion().decision();
        if (deviates && reason == null) {
            checks.add("deviationReason", FieldViolation.Reason.REQUIRED);
        }
        checks.throwIfAny();
        state = with(EvaluationState.DECIDED, state.sheet(), state.proposedDecision(), state.draftPolicy(),
                state.opinion(), new CityDecision(decision, deviates ? reason : null, on), null);
    }

    public void publish(LocalDate on) {
        require("publish", EvaluationState.DECIDED);
        state = with(EvaluationState.PUBLISHED, state.sheet(), state.proposedDecision(), state.draftPolicy(),
                state.opinion(), state.decision(), Require.present(on, "publishedOn"));
    }

    /** The register's note of this evaluation once decided. */
    public LastEvaluation asLastEvaluation() {
        require("be noted in the register", EvaluationState.DECIDED, EvaluationState.PUBLISHED);
        return new LastEvaluation(state.stage(), state.cycle(), state.decision().decision());
    }

    /** Not yet decided: the project's evaluation of this cycle is still under way. */
    public boolean isOpen() {
        return state.state() != EvaluationState.DECIDED && state.state() != EvaluationState.PUBLISHED;
    }

    private EvaluationDecision allowed(EvaluationDecision decision, String field) {
        if (decision == null) {
            throw new InvalidPublicWorksInputException(field, FieldViolation.Reason.REQUIRED);
        }
        if (!state.stage().decisions().contains(decision)) {
            throw new InvalidPublicWorksInputException(field, FieldViolation.Reason.NOT_ALLOWED);
        }
        return decision;
    }

    private static void checkLength(String field, String text) {
        if (text.codePointCount(0, text.length()) > MAX_TEXT) {
            throw new InvalidPublicWorksInputException(field, FieldViolation.Reason.TOO_LONG);
        }
    }

    private void require(String action, EvaluationState... allowed) {
        if (!Set.of(allowed).contains(state.state())) {
            throw new EvaluationStateException(state.reference(), state.state(), action);
        }
    }

    private EvaluationSnapshot with(EvaluationState next, EvaluationSheet sheet, EvaluationDecision proposed,
                                    DraftPolicy policy, CommitteeOpinion opinion, CityDecision decision,
                                    LocalDate publishedOn) {
        EvaluationSnapshot s = state;
        return new EvaluationSnapshot(s.reference(), s.projectId(), s.stage(), s.cycle(), s.trigger(), next, sheet,
                proposed, policy, opinion, decision, publishedOn, s.version());
    }

    public EvaluationReference reference() {
        return state.reference();
    }

    public EvaluationStage stage() {
        return state.stage();
    }

    public EvaluationState state() {
        return state.state();
    }

    public ProjectId projectId() {
        return state.projectId();
    }

    public long version() {
        return state.version();
    }
}
