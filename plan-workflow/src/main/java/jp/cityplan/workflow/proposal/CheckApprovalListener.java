package jp.cityplan.workflow.proposal;

import static jp.cityplan.workflow.proposal.CitizenProposalProcess.Variables.APPROVED;
import static jp.cityplan.workflow.proposal.CitizenProposalProcess.Variables.REVIEW_COMMENT;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Checks an approval (課長決裁 and 最終決裁) when it is completed: an answer sent back for revision needs a comment
 * that says what to change. A refusal fails the completion and the task stays open.
 */
@Component("checkApprovalListener")
public class CheckApprovalListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        if (!CitizenProposalVariables.flag(task, APPROVED) && CitizenProposalVariables.text(task, REVIEW_COMMENT) == null) {
            throw new ProposalInputException("差し戻すときは、修正してほしい点をコメントに書いてください。");
        }
    }
}
