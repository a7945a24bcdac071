package jp.cityplan.workflow.publicworks;

import static jp.cityplan.workflow.publicworks.PublicWorksEvaluationVariables.decision;
import static jp.cityplan.workflow.publicworks.PublicWorksEvaluationVariables.flag;
import static jp.cityplan.workflow.publicworks.PublicWorksEvaluationVariables.text;

import java.util.ArrayList;
import java.util.List;
import jp.cityplan.domain.publicworks.EvaluationDecision;
import jp.cityplan.domain.publicworks.FieldViolation;
import jp.cityplan.domain.publicworks.InvalidPublicWorksInputException;
import jp.cityplan.workflow.publicworks.PublicWorksEvaluationProcess.Variables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Keeps one member's opinion when their {@code Task_GiveOpinion} is completed: the opinion, local to the task, is
 * stored on the review's instance as {@code opinion_<member>} (and the site visit wish as {@code siteVisit_<member>}),
 * one variable per member, so that parallel opinions never write the same variable.
 */
@Component("collectMemberOpinionListener")
public class CollectMemberOpinionListener implements TaskListener {

    static final String SITE_VISIT_PREFIX = "siteVisit_";

    @Override
    public void notify(DelegateTask task) {
        String member = text(task, Variables.MEMBER);
        if (member == null) {
            throw new IllegalStateException("opinion task " + task.getId() + " has no member");
        }
        Refusals.refusingBadInput(() -> {
            EvaluationDecision decision = decision(task, Variables.MEMBER_DECISION);
            String opinion = text(task, Variables.MEMBER_OPINION);
            List<FieldViolation> missing = new ArrayList<>();
            if (decision == null) {
                missing.add(new FieldViolation(Variables.MEMBER_DECISION, FieldViolation.Reason.REQUIRED));
            }
            if (opinion == null) {
                missing.add(new FieldViolation(Variables.MEMBER_OPINION, FieldViolation.Reason.REQUIRED));
            }
            if (!missing.isEmpty()) {
                throw new InvalidPublicWorksInputException(missing);
            }
            var review = task.getExecution().getProcessInstance();
            review.setVariableLocal(Variables.OPINION_PREFIX + member, "【" + decision.japaneseName() + "】" + opinion);
            review.setVariableLocal(SITE_VISIT_PREFIX + member, flag(task, Variables.SITE_VISIT_REQUESTED));
        });
    }
}
