package jp.cityplan.workflow.proposal;

import jp.cityplan.domain.proposal.CitizenNotifications;
import jp.cityplan.domain.proposal.ProposalCases;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 受付確認を送る: tells the citizen the receipt number and the expected answer date (where they gave an e-mail
 * address). Runs after its own save point, on a branch of its own: a mail failure is retried and never holds up or
 * undoes the intake.
 */
@Component("confirmReceiptDelegate")
public class ConfirmReceiptDelegate implements JavaDelegate {

    private final ProposalCases cases;
    private final CitizenNotifications notifications;

    public ConfirmReceiptDelegate(ProposalCases cases, CitizenNotifications notifications) {
        this.cases = cases;
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notifications.confirmReceipt(cases.get(CitizenProposalVariables.receiptNumber(execution)));
    }
}
