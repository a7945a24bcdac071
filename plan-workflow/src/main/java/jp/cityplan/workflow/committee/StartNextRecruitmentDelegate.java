package jp.cityplan.workflow.committee;

import static jp.cityplan.workflow.committee.CommitteeRecruitmentProcess.Variables.COMMITTEE_ID;
import static jp.cityplan.workflow.committee.CommitteeRecruitmentProcess.Variables.RESPONSIBLE_DIVISION;

import jp.cityplan.domain.committee.CommitteeId;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 次期の募集を始める: the term ends within the lead time; a new recruitment for the committee waits for the division. */
@Component("startNextRecruitmentDelegate")
public class StartNextRecruitmentDelegate implements JavaDelegate {

    private final CommitteeRecruitmentClient client;

    public StartNextRecruitmentDelegate(CommitteeRecruitmentClient client) {
        this.client = client;
    }

    @Override
    public void execute(DelegateExecution execution) {
        client.startNextRecruitment(new CommitteeId(CommitteeRecruitmentVariables.required(execution, COMMITTEE_ID)),
                CommitteeRecruitmentVariables.required(execution, RESPONSIBLE_DIVISION),
                execution.getProcessBusinessKey());
    }
}
