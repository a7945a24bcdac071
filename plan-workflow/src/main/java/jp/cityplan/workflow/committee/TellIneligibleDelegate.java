package jp.cityplan.workflow.committee;

import jp.cityplan.domain.committee.Application;
import jp.cityplan.domain.committee.ApplicantNotifications;
import jp.cityplan.domain.committee.MemberSelection;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 資格がないことを伝える: tells the applicant why the application is not eligible (async: a mail failure retries). */
@Component("tellIneligibleDelegate")
public class TellIneligibleDelegate implements JavaDelegate {

    private final MemberSelection selection;
    private final ApplicantNotifications notifications;

    public TellIneligibleDelegate(MemberSelection selection, ApplicantNotifications notifications) {
        this.selection = selection;
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Application application = selection.application(CommitteeRecruitmentVariables.applicationNumber(execution));
        notifications.tellIneligible(application, selection.recruitment(application.recruitment()));
    }
}
