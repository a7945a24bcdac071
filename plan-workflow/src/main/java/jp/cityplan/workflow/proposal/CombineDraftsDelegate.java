package jp.cityplan.workflow.proposal;

import static jp.cityplan.workflow.proposal.CitizenProposalProcess.Variables.ANSWER_TEXT;
import static jp.cityplan.workflow.proposal.CitizenProposalProcess.Variables.DRAFTS;
import static jp.cityplan.workflow.proposal.CitizenProposalProcess.Variables.DRAFT_PREFIX;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 回答案をまとめる: one division's draft becomes the answer text as it is; the drafts of several divisions are put
 * together, each headed by its division (lead first), as {@code drafts} and as the starting point of the lead
 * division's consolidated {@code answerText}.
 */
@Component("combineDraftsDelegate")
public class CombineDraftsDelegate implements JavaDelegate {

    static final String NO_DRAFT = "（回答案なし）";

    @Override
    public void execute(DelegateExecution execution) {
        List<String> divisions = CitizenProposalVariables.divisionsOf(execution);
        if (divisions.size() == 1) {
            execution.setVariable(ANSWER_TEXT, draftOf(execution, divisions.get(0)));
            return;
        }
        String drafts = divisions.stream()
                .map(division -> "【" + division + "】\n" + draftOf(execution, division))
                .collect(Collectors.joining("\n\n"));
        execution.setVariable(DRAFTS, drafts);
        execution.setVariable(ANSWER_TEXT, drafts);
    }

    private static String draftOf(DelegateExecution execution, String division) {
        String draft = CitizenProposalVariables.text(execution, DRAFT_PREFIX + division);
        return draft == null ? NO_DRAFT : draft;
    }
}
