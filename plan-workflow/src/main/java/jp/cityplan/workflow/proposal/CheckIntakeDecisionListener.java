package jp.cityplan.workflow.proposal;

import static jp.cityplan.workflow.proposal.CitizenProposalProcess.Variables.DUPLICATE_OF;
import static jp.cityplan.workflow.proposal.CitizenProposalProcess.Variables.REJECTION_REASON;
import static jp.cityplan.workflow.proposal.CitizenProposalProcess.Variables.TRIAGE_DECISION;
import static jp.cityplan.workflow.proposal.CitizenProposalVariables.text;

import java.util.Locale;
import jp.cityplan.domain.proposal.ProposalCases;
import jp.cityplan.domain.proposal.ReceiptNumber;
import jp.cityplan.domain.proposal.UnknownProposalException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Checks the intake decision when {@code Task_ReviewIntake} is completed, before anything happens to the case: a
 * rejection needs a reason, a duplicate needs the receipt number of an existing, other proposal. A refusal fails the
 * completion with a Japanese message and the task stays open.
 */
@Component("checkIntakeDecisionListener")
public class CheckIntakeDecisionListener implements TaskListener {

    private final ProposalCases cases;

    public CheckIntakeDecisionListener(ProposalCases cases) {
        this.cases = cases;
    }

    @Override
    public void notify(DelegateTask task) {
        TriageDecision decision = TriageDecision.parse(text(task, TRIAGE_DECISION)).orElseThrow(() ->
                new ProposalInputException("扱いを「回答する」「参考意見とする」「受け付けない」「既存の提案に統合する」から選んでください。"));
        switch (decision) {
            case REJECT -> requireReason(task);
            case DUPLICATE -> requireOriginal(task);
            default -> {
                // ANSWER and INPUT_ONLY need nothing more
            }
        }
        task.setVariable(TRIAGE_DECISION, decision.name());
    }

    private static void requireReason(DelegateTask task) {
        if (text(task, REJECTION_REASON) == null) {
            throw new ProposalInputException("受け付けない理由を入力してください。理由は提案者に伝えられます。");
        }
    }

    private void requireOriginal(DelegateTask task) {
        String typed = text(task, DUPLICATE_OF);
        if (typed == null) {
            throw new ProposalInputException("統合先の提案の受付番号を入力してください。");
        }
        String number = typed.toUpperCase(Locale.ROOT);
        if (!ReceiptNumber.isWellFormed(number)) {
            throw new ProposalInputException("統合先の受付番号は「P2025-00001」の形で入力してください。");
        }
        ReceiptNumber original = new ReceiptNumber(number);
        if (original.equals(CitizenProposalVariables.receiptNumber(task))) {
            throw new ProposalInputException("提案をそれ自身に統合することはできません。別の受付番号を入力してください。");
        }
        try {
            cases.get(original);
        } catch (UnknownProposalException e) {
            throw new ProposalInputException("受付番号 " + original + " の提案は見つかりません。", e);
        }
        task.setVariable(DUPLICATE_OF, original.value());
    }
}
