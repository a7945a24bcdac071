package jp.cityplan.workflow.proposal;

import static jp.cityplan.workflow.proposal.CitizenProposalProcess.Variables.ANSWER_TEXT;

import jp.cityplan.domain.proposal.AnswerDelivery;
import jp.cityplan.domain.proposal.CitizenNotifications;
import jp.cityplan.domain.proposal.ProposalCases;
import jp.cityplan.domain.proposal.ReceiptNumber;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 回答をメールで送る: records the approved answer as sent by e-mail and sends it. Async: a mail failure rolls both
 * back and the job retries.
 */
@Component("sendAnswerByEmailDelegate")
public class SendAnswerByEmailDelegate implements JavaDelegate {

    private final ProposalCases cases;
    private final CitizenNotifications notifications;

    public SendAnswerByEmailDelegate(ProposalCases cases, CitizenNotifications notifications) {
        this.cases = cases;
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ReceiptNumber receiptNumber = CitizenProposalVariables.receiptNumber(execution);
        cases.recordAnswer(receiptNumber, CitizenProposalVariables.text(execution, ANSWER_TEXT), AnswerDelivery.EMAIL);
        notifications.sendAnswer(cases.get(receiptNumber));
    }
}
