package jp.cityplan.workflow.proposal;

import jp.cityplan.domain.proposal.StaffNotifications;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 期限超過を課長に知らせる: tells the head of the lead division that the answer is overdue. The work goes on. */
@Component("escalateOverdueDelegate")
public class EscalateOverdueDelegate implements JavaDelegate {

    private final StaffNotifications notifications;

    public EscalateOverdueDelegate(StaffNotifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notifications.escalateOverdue(CitizenProposalVariables.leadDivision(execution),
                CitizenProposalVariables.receiptNumber(execution), CitizenProposalVariables.answerDueOn(execution));
    }
}
