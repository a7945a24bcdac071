package jp.cityplan.domain.evaluation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.cityplan.domain.plan.Approach;
import jp.cityplan.domain.plan.ApproachCode;
import jp.cityplan.domain.plan.ComprehensivePlan;
import jp.cityplan.domain.plan.InitiativeCode;
import jp.cityplan.domain.plan.Measure;
import jp.cityplan.domain.plan.MeasureCode;
import jp.cityplan.domain.shared.FiscalYear;

/**
 * How a fiscal year's evaluations roll up the plan: initiatives (at home in an approach; relistings are not counted
 * twice) → approaches → measures → the plan.
 */
public final class EvaluationRollUp {

    private final Map<InitiativeCode, Progress> initiatives = new LinkedHashMap<>();
    private final Map<ApproachCode, Progress> approaches = new LinkedHashMap<>();
    private final Map<MeasureCode, Progress> measures = new LinkedHashMap<>();
    private Progress plan = Progress.none(0);

    private EvaluationRollUp() {
    }

    public static EvaluationRollUp of(ComprehensivePlan comprehensivePlan, FiscalYear fiscalYear,
                                      List<AdministrativeEvaluation> evaluations) {
        Map<InitiativeCode, AdministrativeEvaluation> confirmed = evaluations.stream()
                .filter(e -> e.plan().equals(comprehensivePlan.id()) && e.fiscalYear().equals(fiscalYear))
                .filter(AdministrativeEvaluation::isConfirmed)
                .collect(Collectors.toMap(AdministrativeEvaluation::initiative, Function.identity()));
        EvaluationRollUp rollUp = new EvaluationRollUp();
        for (Measure measure : comprehensivePlan.measures().toList()) {
            Progress measureProgress = Progress.none(0);
            for (Approach approach : measure.approaches()) {
                Progress approachProgress = Progress.none(0);
                for (var initiative : approach.initiatives()) {
                    Progress one = Progress.of(Optional.ofNullable(confirmed.get(initiative.code()))
                            .flatMap(AdministrativeEvaluation::sheet));
                    rollUp.initiatives.put(initiative.code(), one);
                    approachProgress = approachProgress.plus(one);
                }
                rollUp.approaches.put(approach.code(), approachProgress);
                measureProgress = measureProgress.plus(approachProgress);
            }
            rollUp.measures.put(measure.code(), measureProgress);
            rollUp.plan = rollUp.plan.plus(measureProgress);
        }
        return rollUp;
    }

    public Progress initiative(InitiativeCode code) {
        return lookUp(initiatives, code);
    }

    public Progress approach(ApproachCode code) {
        return lookUp(approaches, code);
    }

    public Progress measure(MeasureCode code) {
        return lookUp(measures, code);
    }

    public Progress plan() {
        return plan;
    }

    private static <K> Progress lookUp(Map<K, Progress> progress, K code) {
        Progress found = progress.get(code);
        if (found == null) {
            throw new IllegalArgumentException("the plan has no " + code);
        }
        return found;
    }
}
