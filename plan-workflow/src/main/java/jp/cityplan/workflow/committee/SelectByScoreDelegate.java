package jp.cityplan.workflow.committee;

import static jp.cityplan.workflow.committee.CommitteeRecruitmentProcess.Variables.SELECTED_APPLICATIONS;

import jp.cityplan.domain.committee.MemberSelection;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 得点順に選ぶ: chooses the best average scores for the seats (ties: the earlier application first). */
@Component("selectByScoreDelegate")
public class SelectByScoreDelegate implements JavaDelegate {

    private final MemberSelection selection;

    public SelectByScoreDelegate(MemberSelection selection) {
        this.selection = selection;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(SELECTED_APPLICATIONS, CommitteeRecruitmentVariables.joined(
                selection.selectByScore(CommitteeRecruitmentVariables.recruitmentId(execution))));
    }
}
