package jp.cityplan.workflow.publicworks;

import jp.cityplan.domain.publicworks.PublicWorksEvaluationCases;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 評価結果を公表する: publishes the decision, the committee's opinion and the sheet's key figures. */
@Component("publishEvaluationDelegate")
public class PublishEvaluationDelegate implements JavaDelegate {

    private final PublicWorksEvaluationCases cases;

    public PublishEvaluationDelegate(PublicWorksEvaluationCases cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cases.publish(PublicWorksEvaluationVariables.reference(execution));
    }
}
