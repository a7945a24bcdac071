package jp.cityplan.workflow.proposal;

import jp.cityplan.domain.proposal.ProposalCases;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 回答を依頼する: the case is accepted for an answer by the divisions the routing chose (the first one leads). */
@Component("acceptForAnswerDelegate")
public class AcceptForAnswerDelegate implements JavaDelegate {

    private final ProposalCases cases;

    public AcceptForAnswerDelegate(ProposalCases cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cases.acceptForAnswer(CitizenProposalVariables.receiptNumber(execution),
                CitizenProposalVariables.divisionsOf(execution));
    }
}
