package jp.cityplan.workflow.committee;

import static jp.cityplan.workflow.committee.CommitteeRecruitmentProcess.Variables.ANY_ELIGIBLE;
import static jp.cityplan.workflow.committee.CommitteeRecruitmentProcess.Variables.ELIGIBLE_COUNT;

import jp.cityplan.domain.committee.MemberSelection;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 募集を締め切る: closes the recruitment at the end of its period and counts the eligible applications. */
@Component("closeRecruitmentDelegate")
public class CloseRecruitmentDelegate implements JavaDelegate {

    private final MemberSelection selection;

    public CloseRecruitmentDelegate(MemberSelection selection) {
        this.selection = selection;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int eligible = selection.close(CommitteeRecruitmentVariables.recruitmentId(execution));
        execution.setVariable(ELIGIBLE_COUNT, eligible);
        execution.setVariable(ANY_ELIGIBLE, eligible > 0);
    }
}
