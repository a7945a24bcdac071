package jp.cityplan.workflow.proposal;

import static jp.cityplan.workflow.proposal.CitizenProposalProcess.Variables.ANSWER_TEXT;

import jp.cityplan.domain.proposal.AnswerDelivery;
import jp.cityplan.domain.proposal.ProposalCases;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 郵送を記録する: records the approved answer as sent by letter, once staff printed and posted it. */
@Component("recordLetterSentDelegate")
public class RecordLetterSentDelegate implements JavaDelegate {

    private final ProposalCases cases;

    public RecordLetterSentDelegate(ProposalCases cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cases.recordAnswer(CitizenProposalVariables.receiptNumber(execution),
                CitizenProposalVariables.text(execution, ANSWER_TEXT), AnswerDelivery.LETTER);
    }
}
