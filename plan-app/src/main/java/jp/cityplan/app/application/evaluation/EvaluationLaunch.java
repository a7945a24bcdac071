package jp.cityplan.app.application.evaluation;

import java.util.List;
import jp.cityplan.domain.evaluation.AdministrativeEvaluation;
import jp.cityplan.domain.evaluation.AdministrativeEvaluations;
import jp.cityplan.domain.evaluation.EvaluationId;
import jp.cityplan.domain.evaluation.EvaluationState;
import jp.cityplan.domain.evaluation.EvaluationStateException;
import jp.cityplan.domain.plan.ComprehensivePlan;
import jp.cityplan.domain.plan.ComprehensivePlans;
import jp.cityplan.domain.plan.Initiative;
import jp.cityplan.domain.plan.InitiativeCode;
import jp.cityplan.domain.plan.PlanId;
import jp.cityplan.domain.shared.FieldProblem;
import jp.cityplan.domain.shared.FiscalYear;
import jp.cityplan.domain.shared.InvalidInputException;
import jp.cityplan.workflow.evaluation.EvaluationProcessClient;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts the year's evaluation of an initiative (staff of the planning division, or administrators): opens the
 * evaluation for the owning division and starts its process, in one transaction. Asking again for the same
 * initiative and year gives the evaluation already running; a confirmed one is not reopened.
 */
public class EvaluationLaunch {

    private final ComprehensivePlans plans;
    private final AdministrativeEvaluations evaluations;
    private final EvaluationProcessClient processes;
    private final IdentityService identityService;

    public EvaluationLaunch(ComprehensivePlans plans, AdministrativeEvaluations evaluations,
                            EvaluationProcessClient processes, IdentityService identityService) {
        this.plans = plans;
        this.evaluations = evaluations;
        this.processes = processes;
        this.identityService = identityService;
    }

    /** What was started: the evaluation and its process instance. */
    public record Started(EvaluationId evaluationId, EvaluationState state, String processInstanceId) {
    }

    @Transactional
    public Started start(PlanId planId, InitiativeCode code, FiscalYear fiscalYear, String ownerDivision) {
        ComprehensivePlan plan = plans.findById(planId).orElseThrow(() -> new UnknownPlanPartException("plan " + planId));
        Initiative initiative = plan.initiative(code)
                .orElseThrow(() -> new UnknownPlanPartException("initiative " + code + " of plan " + planId));
        if (ownerDivision == null || !ownerDivision.startsWith("div-") || ownerDivision.endsWith("-heads")
                || identityService.createGroupQuery().groupId(ownerDivision).count() == 0) {
            throw new InvalidInputException(List.of(new FieldProblem("ownerDivision",
                    "担当課のグループID（例: div-policy-promotion）を入力してください")));
        }
        AdministrativeEvaluation evaluation = evaluations.findById(EvaluationId.of(fiscalYear, code))
                .orElseGet(() -> {
                    AdministrativeEvaluation opened = AdministrativeEvaluation.open(planId, code, fiscalYear, ownerDivision);
                    evaluations.save(opened);
                    return opened;
                });
        if (evaluation.state() == EvaluationState.CONFIRMED) {
            throw new EvaluationStateException(evaluation.id(), evaluation.state(), "started again");
        }
        String instance = processes.start(evaluation, initiative.name());
        return new Started(evaluation.id(), evaluation.state(), instance);
    }
}
