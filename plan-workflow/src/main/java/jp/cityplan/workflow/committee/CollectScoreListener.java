package jp.cityplan.workflow.committee;

import static jp.cityplan.workflow.committee.CommitteeRecruitmentProcess.Variables.SCORE;

import jp.cityplan.domain.committee.MemberSelection;
import jp.cityplan.domain.committee.Score;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Records a panel member's score when the scoring task is completed, on the application (not in the process): a
 * score outside 0–100 or none at all is refused and the task stays open.
 */
@Component("collectScoreListener")
public class CollectScoreListener implements TaskListener {

    private final MemberSelection selection;

    public CollectScoreListener(MemberSelection selection) {
        this.selection = selection;
    }

    @Override
    public void notify(DelegateTask task) {
        Object value = task.getVariableLocal(SCORE);
        if (value == null) {
            value = task.getVariable(SCORE);
        }
        int points = points(value);
        String member = task.getAssignee() != null ? task.getAssignee() : CommitteeRecruitmentVariables.panelMemberOf(task);
        selection.score(CommitteeRecruitmentVariables.applicationOf(task), new Score(member, points));
    }

    private static int points(Object value) {
        String message = "点数は0から" + Score.MAXIMUM + "までの整数で入力してください。";
        if (value == null || value.toString().isBlank()) {
            throw new RecruitmentInputException(message);
        }
        try {
            double number = value instanceof Number n ? n.doubleValue() : Double.parseDouble(value.toString().strip());
            if (number != Math.rint(number) || number < 0 || number > Score.MAXIMUM) {
                throw new RecruitmentInputException(message);
            }
            return (int) number;
        } catch (NumberFormatException e) {
            throw new RecruitmentInputException(message, e);
        }
    }
}
