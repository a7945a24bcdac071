package jp.cityplan.workflow.publicworks;

import jp.cityplan.domain.publicworks.CommitteeReminders;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 委員会の開催を知らせる: reminds the committee's members of the meeting, some days before it. */
@Component("remindCommitteeDelegate")
public class RemindCommitteeDelegate implements JavaDelegate {

    private final CommitteeReminders reminders;

    public RemindCommitteeDelegate(CommitteeReminders reminders) {
        this.reminders = reminders;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reminders.remindOfMeeting(PublicWorksEvaluationVariables.reference(execution),
                PublicWorksEvaluationVariables.date(execution, PublicWorksEvaluationProcess.Variables.COMMITTEE_MEETING_DATE));
    }
}
