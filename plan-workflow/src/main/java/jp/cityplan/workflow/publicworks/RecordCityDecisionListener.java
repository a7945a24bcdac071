package jp.cityplan.workflow.publicworks;

import static jp.cityplan.workflow.publicworks.PublicWorksEvaluationVariables.decision;
import static jp.cityplan.workflow.publicworks.PublicWorksEvaluationVariables.reference;
import static jp.cityplan.workflow.publicworks.PublicWorksEvaluationVariables.text;

import jp.cityplan.domain.publicworks.PublicWorksEvaluationCases;
import jp.cityplan.workflow.publicworks.PublicWorksEvaluationProcess.Variables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Stores the city's decision when {@code Task_DecideOutcome} is completed and notes it in the register. A decision
 * other than the committee's opinion without a reason is refused: the task stays open.
 */
@Component("recordCityDecisionListener")
public class RecordCityDecisionListener implements TaskListener {

    private final PublicWorksEvaluationCases cases;

    public RecordCityDecisionListener(PublicWorksEvaluationCases cases) {
        this.cases = cases;
    }

    @Override
    public void notify(DelegateTask task) {
        Refusals.refusingBadInput(() -> cases.decide(reference(task), decision(task, Variables.DECISION),
                text(task, Variables.DEVIATION_REASON)));
    }
}
