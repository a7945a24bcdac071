package jp.cityplan.workflow.proposal;

import static jp.cityplan.workflow.proposal.CitizenProposalProcess.Variables.REJECTION_REASON;

import jp.cityplan.domain.proposal.CitizenNotifications;
import jp.cityplan.domain.proposal.ProposalCases;
import jp.cityplan.domain.proposal.ReceiptNumber;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 提案を不受理とする: records the rejection with its reason and tells the citizen (async: a mail failure retries). */
@Component("rejectProposalDelegate")
public class RejectProposalDelegate implements JavaDelegate {

    private final ProposalCases cases;
    private final CitizenNotifications notifications;

    public RejectProposalDelegate(ProposalCases cases, CitizenNotifications notifications) {
        this.cases = cases;
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ReceiptNumber receiptNumber = CitizenProposalVariables.receiptNumber(execution);
        cases.reject(receiptNumber, CitizenProposalVariables.text(execution, REJECTION_REASON));
        notifications.tellRejected(cases.get(receiptNumber));
    }
}
