package jp.cityplan.workflow.committee;

import static jp.cityplan.workflow.committee.CommitteeRecruitmentProcess.ELIGIBILITY_DECISION_TABLE;
import static jp.cityplan.workflow.committee.CommitteeRecruitmentProcess.Variables.ELIGIBLE;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import jp.cityplan.domain.committee.Application;
import jp.cityplan.domain.committee.EligibilityFacts;
import jp.cityplan.domain.committee.Ineligibility;
import jp.cityplan.domain.committee.MemberSelection;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * 応募資格を確認する: evaluates the table {@code committee-eligibility} (its latest version, so the city changes the
 * rules by deploying the table) with the applicant's age, relation, position and other seats, passed to the decision
 * only and never stored as process variables; records the reasons on the application and sets the local flag
 * {@code eligible}.
 */
@Component("checkEligibilityDelegate")
public class CheckEligibilityDelegate implements JavaDelegate {

    private final MemberSelection selection;

    public CheckEligibilityDelegate(MemberSelection selection) {
        this.selection = selection;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DecisionService decisions = execution.getProcessEngineServices().getDecisionService();
        Application application = selection.checkEligibility(CommitteeRecruitmentVariables.applicationNumber(execution),
                facts -> evaluate(decisions, facts));
        execution.setVariableLocal(ELIGIBLE, application.isEligible());
    }

    static List<Ineligibility> evaluate(DecisionService decisions, EligibilityFacts facts) {
        List<Map<String, Object>> rows = decisions.evaluateDecisionTableByKey(ELIGIBILITY_DECISION_TABLE,
                Variables.createVariables()
                        .putValue("age", facts.age())
                        .putValue("relation", facts.relation().name())
                        .putValue("position", facts.position().name())
                        .putValue("otherSeats", facts.otherSeats())).getResultList();
        return rows.stream().map(row -> new Ineligibility(Objects.toString(row.get("reason")),
                Objects.toString(row.get("explanation")))).toList();
    }
}
