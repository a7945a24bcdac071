package jp.cityplan.domain.publicworks;

import java.time.LocalDate;
import java.util.regex.Pattern;
import jp.cityplan.domain.plan.InitiativeCode;
import jp.cityplan.domain.shared.FiscalYear;

/**
 * A project of the public works register (公共事業台帳): what it is, who owns it, the plan's initiative it serves,
 * when it was adopted (採択 = budgeted), when land purchase or construction started and when it was completed, what
 * it costs and brings, and its last evaluation.
 */
public final class PublicWorksProject {

    private static final Pattern PROJECT_ID = Pattern.compile("PW-[0-9]{4}");
    private static final Pattern INITIATIVE = Pattern.compile("[1-9][0-9]?-[1-9][0-9]?\\.[1-9][0-9]{0,2}");
    private static final Pattern DIVISION = Pattern.compile("div-[a-z0-9-]+");
    static final int MAX_NAME = 200;
    static final int MAX_BENEFITS = 2000;

    private ProjectSnapshot state;

    private PublicWorksProject(ProjectSnapshot state) {
        this.state = state;
    }

    /** Checks a new register entry field by field; every wrong field is reported at once. */
    public static PublicWorksProject register(ProjectDraft draft) {
        Checks checks = new Checks();
        String id = checks.text("id", draft.id(), 7);
        if (id != null && !PROJECT_ID.matcher(id).matches()) {
            checks.add("id", FieldViolation.Reason.MALFORMED);
        }
        String name = checks.text("name", draft.name(), MAX_NAME);
        String division = checks.text("owningDivision", draft.owningDivision(), 60);
        if (division != null && !DIVISION.matcher(division).matches()) {
            checks.add("owningDivision", FieldViolation.Reason.MALFORMED);
        }
        checks.present("kind", draft.kind());
        checks.present("funding", draft.funding());
        String initiative = checks.text("initiative", draft.initiative(), 10);
        if (initiative != null && !INITIATIVE.matcher(initiative).matches()) {
            checks.add("initiative", FieldViolation.Reason.MALFORMED);
        }
        Integer adoptedYear = checks.present("adoptedIn", draft.adoptedIn());
        if (adoptedYear != null && (adoptedYear < 1900 || adoptedYear > 2999)) {
            checks.add("adoptedIn", FieldViolation.Reason.OUT_OF_RANGE);
            adoptedYear = null;
        }
        Yen total = checks.yen("totalCostYen", draft.totalCostYen());
        Yen maintenance = checks.yen("maintenanceCostYen", draft.maintenanceCostYen());
        String benefits = checks.text("expectedBenefits", draft.expectedBenefits(), MAX_BENEFITS);
        checkDates(checks, adoptedYear == null ? null : FiscalYear.of(adoptedYear), draft.workStartedOn(),
                draft.completedOn());
        checks.throwIfAny();
        return new PublicWorksProject(new ProjectSnapshot(new ProjectId(id), name, division, draft.kind(),
                draft.funding(), new InitiativeCode(initiative), FiscalYear.of(adoptedYear), draft.workStartedOn(),
                draft.completedOn(), total, maintenance, benefits, false, null, 0));
    }

    private static void checkDates(Checks checks, FiscalYear adoptedIn, LocalDate started, LocalDate completed) {
        if (adoptedIn != null && started != null && started.isBefore(adoptedIn.start())) {
            checks.add("workStartedOn", FieldViolation.Reason.DATE_ORDER);
        }
        if (completed == null) {
            return;
        }
        if (adoptedIn != null && completed.isBefore(adoptedIn.start())) {
            checks.add("completedOn", FieldViolation.Reason.DATE_ORDER);
        } else if (started == null) {
            checks.add("workStartedOn", FieldViolation.Reason.REQUIRED);
        } else if (completed.isBefore(started)) {
            checks.add("completedOn", FieldViolation.Reason.DATE_ORDER);
        }
    }

    public static PublicWorksProject restore(ProjectSnapshot snapshot) {
        return new PublicWorksProject(snapshot);
    }

    public ProjectSnapshot snapshot() {
        return state;
    }

    /** Land purchase or construction has begun (着手). */
    public void startWork(LocalDate on) {
        Checks checks = new Checks();
        checkDates(checks, state.adoptedIn(), on, state.completedOn());
        checks.throwIfAny();
        state = with(on, state.completedOn(), state.circumstancesChanged(), state.lastEvaluation());
    }

    /** The works are completed (完了). */
    public void complete(LocalDate on) {
        Checks checks = new Checks();
        checkDates(checks, state.adoptedIn(), state.workStartedOn(), on);
        checks.throwIfAny();
        state = with(state.workStartedOn(), on, state.circumstancesChanged(), state.lastEvaluation());
    }

    /** A sudden change of social or economic circumstances makes a re-evaluation due at the next scan. */
    public void reportChangeOfCircumstances() {
        state = with(state.workStartedOn(), state.completedOn(), true, state.lastEvaluation());
    }

    /** Records a decided evaluation; a reported change of circumstances has then been dealt with. */
    public void recordEvaluation(LastEvaluation evaluation) {
        state = with(state.workStartedOn(), state.completedOn(), false, evaluation);
    }

    private ProjectSnapshot with(LocalDate started, LocalDate completed, boolean changed, LastEvaluation last) {
        ProjectSnapshot s = state;
        return new ProjectSnapshot(s.id(), s.name(), s.owningDivision(), s.kind(), s.funding(), s.initiative(),
                s.adoptedIn(), started, completed, s.totalCost(), s.maintenanceCost(), s.expectedBenefits(), changed,
                last, s.version());
    }

    /** What the trigger tables read in the fiscal year of a scan. */
    public TriggerFacts factsIn(FiscalYear scanned) {
        LastEvaluation last = state.lastEvaluation();
        boolean reEvaluated = last != null && last.stage() == EvaluationStage.RE_EVALUATION;
        boolean completed = state.completedOn() != null;
        return new TriggerFacts(state.kind(), state.funding() == Funding.SUBSIDISED, state.workStartedOn() != null,
                completed, years(state.adoptedIn(), scanned), reEvaluated,
                reEvaluated ? years(last.cycle(), scanned) : 0, state.circumstancesChanged(),
                last != null && last.stage() == EvaluationStage.EX_POST,
                completed ? years(FiscalYear.containing(state.completedOn()), scanned) : 0);
    }

    private static int years(FiscalYear from, FiscalYear to) {
        return Math.max(0, to.year() - from.year());
    }

    public ProjectId id() {
        return state.id();
    }

    public String name() {
        return state.name();
    }

    public String owningDivision() {
        return state.owningDivision();
    }

    public FiscalYear adoptedIn() {
        return state.adoptedIn();
    }

    public ProjectKind kind() {
        return state.kind();
    }

    public long version() {
        return state.version();
    }
}
