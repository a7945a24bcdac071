package jp.cityplan.workflow.proposal;

import static jp.cityplan.workflow.proposal.CitizenProposalProcess.Variables.DUPLICATE_OF;

import jp.cityplan.domain.proposal.ProposalCases;
import jp.cityplan.domain.proposal.ReceiptNumber;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 既存の提案に統合する: merges the proposal into the earlier one intake named (checked on completion). */
@Component("mergeDuplicateDelegate")
public class MergeDuplicateDelegate implements JavaDelegate {

    private final ProposalCases cases;

    public MergeDuplicateDelegate(ProposalCases cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cases.mergeInto(CitizenProposalVariables.receiptNumber(execution),
                new ReceiptNumber(CitizenProposalVariables.text(execution, DUPLICATE_OF)));
    }
}
