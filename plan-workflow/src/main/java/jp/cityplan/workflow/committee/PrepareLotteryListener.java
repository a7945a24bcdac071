package jp.cityplan.workflow.committee;

import static jp.cityplan.workflow.committee.CommitteeRecruitmentProcess.Variables.LOTTERY_LIST;

import jp.cityplan.domain.committee.MemberSelection;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Shows the division, before the public draw, the list the lottery draws from in its published order. */
@Component("prepareLotteryListener")
public class PrepareLotteryListener implements TaskListener {

    private final MemberSelection selection;

    public PrepareLotteryListener(MemberSelection selection) {
        this.selection = selection;
    }

    @Override
    public void notify(DelegateTask task) {
        task.getExecution().setVariable(LOTTERY_LIST, CommitteeRecruitmentVariables.joined(
                selection.lotteryList(CommitteeRecruitmentVariables.recruitmentId(task))));
    }
}
