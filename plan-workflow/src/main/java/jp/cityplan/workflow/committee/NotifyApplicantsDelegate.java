package jp.cityplan.workflow.committee;

import jp.cityplan.domain.committee.Application;
import jp.cityplan.domain.committee.ApplicantNotifications;
import jp.cityplan.domain.committee.Committee;
import jp.cityplan.domain.committee.CommitteeRecruitment;
import jp.cityplan.domain.committee.MemberSelection;
import jp.cityplan.domain.committee.RecruitmentId;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 結果を通知する: tells every applicant still waiting the result (selected or not); each one is recorded as told, so a
 * retry after a mail failure tells only those not yet told (async before).
 */
@Component("notifyApplicantsDelegate")
public class NotifyApplicantsDelegate implements JavaDelegate {

    private final MemberSelection selection;
    private final ApplicantNotifications notifications;

    public NotifyApplicantsDelegate(MemberSelection selection, ApplicantNotifications notifications) {
        this.selection = selection;
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        RecruitmentId id = CommitteeRecruitmentVariables.recruitmentId(execution);
        CommitteeRecruitment recruitment = selection.recruitment(id);
        Committee committee = selection.committeeOf(id);
        for (Application application : selection.awaitingResult(id)) {
            notifications.tellResult(application, recruitment, committee);
            selection.recordResultSent(application.number());
        }
    }
}
