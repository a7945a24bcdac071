package jp.cityplan.workflow.proposal;

import static jp.cityplan.workflow.proposal.CitizenProposalProcess.ROUTING_DECISION_TABLE;
import static jp.cityplan.workflow.proposal.CitizenProposalProcess.Variables.CATEGORY;
import static jp.cityplan.workflow.proposal.CitizenProposalProcess.Variables.INITIATIVE_APPROACH;

import java.util.List;
import java.util.Objects;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * 担当課を決める: evaluates the decision table {@code proposal-routing} (hit policy COLLECT; its latest version, so
 * the city can change the routing by deploying the table alone) and stores the divisions as plain variables: the
 * comma-separated {@code divisions} (first rule first, each once), {@code leadDivision} and
 * {@code multipleDivisions}. A list would be serialized; the process keeps primitives only.
 *
 * <p>Like all custom code, it runs without authorization checks (the engine's default,
 * {@code authorizationEnabledForCustomCode=false}): the intake clerk needs no permission on the decision.
 */
@Component("determineDivisionsDelegate")
public class DetermineDivisionsDelegate implements JavaDelegate {

    public static final String OUTPUT = "division";

    @Override
    public void execute(DelegateExecution execution) {
        DecisionService decisions = execution.getProcessEngineServices().getDecisionService();
        VariableMap inputs = Variables.createVariables()
                .putValue(CATEGORY, Objects.toString(execution.getVariable(CATEGORY), ""))
                .putValue(INITIATIVE_APPROACH, Objects.toString(execution.getVariable(INITIATIVE_APPROACH), ""));
        DmnDecisionTableResult result = decisions.evaluateDecisionTableByKey(ROUTING_DECISION_TABLE, inputs);
        List<String> divisions = result.collectEntries(OUTPUT).stream()
                .filter(Objects::nonNull).map(Object::toString).toList();
        if (divisions.isEmpty()) {
            throw new ProposalInputException("担当課を決められません。判定表 " + ROUTING_DECISION_TABLE
                    + " に、分類「" + execution.getVariable(CATEGORY) + "」に当たる規則がありません。");
        }
        CitizenProposalVariables.setDivisions(execution, divisions);
    }
}
