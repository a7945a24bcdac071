package jp.cityplan.workflow.proposal;

import static jp.cityplan.workflow.proposal.CitizenProposalProcess.Variables.INPUT_ONLY_REASON;

import jp.cityplan.domain.proposal.ProposalCases;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 参考意見として残す: keeps the proposal as input (参考意見), with intake's optional note; no answer is sent. */
@Component("keepAsInputDelegate")
public class KeepAsInputDelegate implements JavaDelegate {

    private final ProposalCases cases;

    public KeepAsInputDelegate(ProposalCases cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cases.keepAsInput(CitizenProposalVariables.receiptNumber(execution),
                CitizenProposalVariables.text(execution, INPUT_ONLY_REASON));
    }
}
