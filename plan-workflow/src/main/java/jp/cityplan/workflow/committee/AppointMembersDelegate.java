package jp.cityplan.workflow.committee;

import jp.cityplan.domain.committee.MemberSelection;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 委員を委嘱する: the chosen applicants become members for the committee's next term; the others are not selected. */
@Component("appointMembersDelegate")
public class AppointMembersDelegate implements JavaDelegate {

    private final MemberSelection selection;

    public AppointMembersDelegate(MemberSelection selection) {
        this.selection = selection;
    }

    @Override
    public void execute(DelegateExecution execution) {
        selection.appointSelected(CommitteeRecruitmentVariables.recruitmentId(execution));
    }
}
