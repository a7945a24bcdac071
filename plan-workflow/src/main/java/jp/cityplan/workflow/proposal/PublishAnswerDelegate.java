package jp.cityplan.workflow.proposal;

import jp.cityplan.domain.proposal.ProposalCases;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 回答を公表する: publishes the answered proposal (personal data removed; the domain checks the consent). */
@Component("publishAnswerDelegate")
public class PublishAnswerDelegate implements JavaDelegate {

    private final ProposalCases cases;

    public PublishAnswerDelegate(ProposalCases cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cases.publish(CitizenProposalVariables.receiptNumber(execution));
    }
}
