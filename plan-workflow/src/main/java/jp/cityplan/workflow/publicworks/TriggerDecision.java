package jp.cityplan.workflow.publicworks;

import java.util.Optional;
import jp.cityplan.domain.publicworks.EvaluationStage;
import jp.cityplan.domain.publicworks.TriggerFacts;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** Asks the configured trigger table (national or local rule) whether a project is due for an evaluation. */
@Component
public class TriggerDecision {

    private static final String NONE = "NONE";

    private final DecisionService decisionService;

    public TriggerDecision(DecisionService decisionService) {
        this.decisionService = decisionService;
    }

    public Optional<DueEvaluation> evaluate(ReEvaluationRule rule, TriggerFacts facts) {
        DmnDecisionResult result = decisionService.evaluateDecisionByKey(rule.decisionKey())
                .variables(variables(facts)).evaluate();
        String stage = result.getSingleResult().getEntry("dueStage");
        if (stage == null || NONE.equals(stage)) {
            return Optional.empty();
        }
        return Optional.of(new DueEvaluation(EvaluationStage.valueOf(stage), result.getSingleResult().getEntry("trigger")));
    }

    /** The table's inputs, named as in the table. */
    public static VariableMap variables(TriggerFacts facts) {
        return Variables.createVariables()
                .putValue("kind", facts.kind().name())
                .putValue("subsidised", facts.subsidised())
                .putValue("started", facts.started())
                .putValue("completed", facts.completed())
                .putValue("yearsSinceAdoption", facts.yearsSinceAdoption())
                .putValue("reEvaluated", facts.reEvaluated())
                .putValue("yearsSinceLastReEvaluation", facts.yearsSinceLastReEvaluation())
                .putValue("circumstancesChanged", facts.circumstancesChanged())
                .putValue("exPostEvaluated", facts.exPostEvaluated())
                .putValue("yearsSinceCompletion", facts.yearsSinceCompletion());
    }
}
