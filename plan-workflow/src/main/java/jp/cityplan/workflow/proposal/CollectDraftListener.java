package jp.cityplan.workflow.proposal;

import static jp.cityplan.workflow.proposal.CitizenProposalProcess.Variables.DIVISION;
import static jp.cityplan.workflow.proposal.CitizenProposalProcess.Variables.DRAFT_PREFIX;
import static jp.cityplan.workflow.proposal.CitizenProposalProcess.Variables.DRAFT_TEXT;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Keeps a division's draft when its {@code Task_DraftAnswer} is completed: the draft, local to the task, is stored
 * on the process instance as the String {@code draft_<division>}, one variable per division, so that parallel
 * drafts never write the same variable.
 */
@Component("collectDraftListener")
public class CollectDraftListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        String division = CitizenProposalVariables.text(task, DIVISION);
        String draft = CitizenProposalVariables.text(task, DRAFT_TEXT);
        if (division == null) {
            throw new IllegalStateException("drafting task " + task.getId() + " has no division");
        }
        if (draft == null) {
            throw new ProposalInputException("回答案を入力してください。");
        }
        task.getExecution().getProcessInstance().setVariableLocal(DRAFT_PREFIX + division, draft);
    }
}
