package jp.cityplan.workflow.proposal;

import jp.cityplan.domain.proposal.StaffNotifications;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 担当課に督促する: reminds the lead division that the answer falls due soon. The answer work goes on. */
@Component("remindDivisionDelegate")
public class RemindDivisionDelegate implements JavaDelegate {

    private final StaffNotifications notifications;

    public RemindDivisionDelegate(StaffNotifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notifications.remindDivision(CitizenProposalVariables.leadDivision(execution),
                CitizenProposalVariables.receiptNumber(execution), CitizenProposalVariables.answerDueOn(execution));
    }
}
