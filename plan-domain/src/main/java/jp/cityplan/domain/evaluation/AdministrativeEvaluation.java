package jp.cityplan.domain.evaluation;

import java.util.Optional;
import jp.cityplan.domain.plan.InitiativeCode;
import jp.cityplan.domain.plan.PlanId;
import jp.cityplan.domain.shared.FiscalYear;
import jp.cityplan.domain.shared.Require;

/**
 * The administrative evaluation (行政評価 / 事務事業評価) of one initiative for one fiscal year: the owning division
 * fills in the sheet, its head approves or returns it, the planning division confirms it. An imported result (from
 * the city's existing spreadsheets) is confirmed as it arrives.
 */
public final class AdministrativeEvaluation {

    private final EvaluationId id;
    private final PlanId plan;
    private final InitiativeCode initiative;
    private final FiscalYear fiscalYear;
    private final String ownerDivision;
    private EvaluationState state;
    private EvaluationSheet sheet;
    private String returnReason;
    private final long version;

    private AdministrativeEvaluation(EvaluationId id, PlanId plan, InitiativeCode initiative, FiscalYear fiscalYear,
                                     String ownerDivision, EvaluationState state, EvaluationSheet sheet,
                                     String returnReason, long version) {
        this.id = Require.present(id, "evaluation id");
        this.plan = Require.present(plan, "plan");
        this.initiative = Require.present(initiative, "initiative");
        this.fiscalYear = Require.present(fiscalYear, "fiscal year");
        this.ownerDivision = Require.text(ownerDivision, "owner division");
        this.state = Require.present(state, "state");
        this.sheet = sheet;
        this.returnReason = Require.optionalText(returnReason, "return reason");
        this.version = version;
        if (sheet == null && state != EvaluationState.OPEN) {
            throw new IllegalArgumentException("evaluation " + id + " is " + state + " but has no sheet");
        }
    }

    /** Opens the year's evaluation of an initiative for its owning division (a Camunda group id). */
    public static AdministrativeEvaluation open(PlanId plan, InitiativeCode initiative, FiscalYear fiscalYear,
                                                String ownerDivision) {
        return new AdministrativeEvaluation(EvaluationId.of(fiscalYear, initiative), plan, initiative, fiscalYear,
                ownerDivision, EvaluationState.OPEN, null, null, 0);
    }

    /** An evaluation as stored. */
    public static AdministrativeEvaluation restore(EvaluationId id, PlanId plan, InitiativeCode initiative,
                                                   FiscalYear fiscalYear, String ownerDivision, EvaluationState state,
                                                   EvaluationSheet sheet, String returnReason, long version) {
        return new AdministrativeEvaluation(id, plan, initiative, fiscalYear, ownerDivision, state, sheet,
                returnReason, version);
    }

    /** The owning division hands in the filled-in sheet (again, after a return). */
    public void submit(EvaluationSheet filledIn) {
        require(state == EvaluationState.OPEN || state == EvaluationState.RETURNED, "submitted");
        this.sheet = Require.present(filledIn, "sheet");
        this.returnReason = null;
        this.state = EvaluationState.SUBMITTED;
    }

    /** The division head sends the sheet back with a reason. */
    public void returnToDivision(String reason) {
        require(state == EvaluationState.SUBMITTED, "returned");
        this.returnReason = Require.text(reason, "return reason");
        this.state = EvaluationState.RETURNED;
    }

    /** The division head approves the sheet. */
    public void approve() {
        require(state == EvaluationState.SUBMITTED, "approved");
        this.state = EvaluationState.APPROVED;
    }

    /** The planning division confirms the approved sheet as the year's result. */
    public void confirm() {
        require(state == EvaluationState.APPROVED, "confirmed");
        this.state = EvaluationState.CONFIRMED;
    }

    /** A result kept elsewhere (the city's spreadsheet) becomes the year's confirmed result, replacing any sheet. */
    public void importResult(EvaluationSheet result) {
        this.sheet = Require.present(result, "sheet");
        this.returnReason = null;
        this.state = EvaluationState.CONFIRMED;
    }

    private void require(boolean allowed, String action) {
        if (!allowed) {
            throw new EvaluationStateException(id, state, action);
        }
    }

    public boolean isConfirmed() {
        return state == EvaluationState.CONFIRMED;
    }

    public EvaluationId id() {
        return id;
    }

    public PlanId plan() {
        return plan;
    }

    public InitiativeCode initiative() {
        return initiative;
    }

    public FiscalYear fiscalYear() {
        return fiscalYear;
    }

    public String ownerDivision() {
        return ownerDivision;
    }

    public EvaluationState state() {
        return state;
    }

    public Optional<EvaluationSheet> sheet() {
        return Optional.ofNullable(sheet);
    }

    public Optional<String> returnReason() {
        return Optional.ofNullable(returnReason);
    }

    public long version() {
        return version;
    }

    @Override
    public String toString() {
        return "AdministrativeEvaluation[" + id + ", " + state + "]";
    }
}
