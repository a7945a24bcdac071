package jp.cityplan.domain.publicworks;

import jp.cityplan.domain.shared.FiscalYear;
import jp.cityplan.domain.shared.Require;

/** The latest decided evaluation of a project, as the register keeps it: stage, cycle and decision. */
public record LastEvaluation(EvaluationStage stage, FiscalYear cycle, EvaluationDecision decision) {

    public LastEvaluation {
        Require.present(stage, "stage");
        Require.present(cycle, "cycle");
        Require.present(decision, "decision");
    }
}
