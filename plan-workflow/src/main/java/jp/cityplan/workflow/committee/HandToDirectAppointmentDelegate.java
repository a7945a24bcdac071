package jp.cityplan.workflow.committee;

import jp.cityplan.domain.committee.MemberSelection;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 直接委嘱に切り替える: no eligible applicant or no approval; eligible applicants are not selected. */
@Component("handToDirectAppointmentDelegate")
public class HandToDirectAppointmentDelegate implements JavaDelegate {

    private final MemberSelection selection;

    public HandToDirectAppointmentDelegate(MemberSelection selection) {
        this.selection = selection;
    }

    @Override
    public void execute(DelegateExecution execution) {
        selection.handToDirectAppointment(CommitteeRecruitmentVariables.recruitmentId(execution));
    }
}
