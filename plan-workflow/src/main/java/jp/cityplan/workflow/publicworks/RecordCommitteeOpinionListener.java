package jp.cityplan.workflow.publicworks;

import static jp.cityplan.workflow.publicworks.PublicWorksEvaluationVariables.decision;
import static jp.cityplan.workflow.publicworks.PublicWorksEvaluationVariables.flag;
import static jp.cityplan.workflow.publicworks.PublicWorksEvaluationVariables.reference;
import static jp.cityplan.workflow.publicworks.PublicWorksEvaluationVariables.text;

import java.util.ArrayList;
import java.util.List;
import jp.cityplan.domain.publicworks.CommitteeOpinion;
import jp.cityplan.domain.publicworks.EvaluationDecision;
import jp.cityplan.domain.publicworks.FieldViolation;
import jp.cityplan.domain.publicworks.InvalidPublicWorksInputException;
import jp.cityplan.domain.publicworks.PublicWorksEvaluationCases;
import jp.cityplan.workflow.publicworks.PublicWorksEvaluationProcess.Variables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Stores the committee's opinion (委員会意見) when the chair completes {@code Task_ConsolidateOpinion}. */
@Component("recordCommitteeOpinionListener")
public class RecordCommitteeOpinionListener implements TaskListener {

    private final PublicWorksEvaluationCases cases;

    public RecordCommitteeOpinionListener(PublicWorksEvaluationCases cases) {
        this.cases = cases;
    }

    @Override
    public void notify(DelegateTask task) {
        Refusals.refusingBadInput(() -> {
            EvaluationDecision decision = decision(task, Variables.OPINION_DECISION);
            String text = text(task, Variables.OPINION_TEXT);
            List<FieldViolation> missing = new ArrayList<>();
            if (decision == null) {
                missing.add(new FieldViolation(Variables.OPINION_DECISION, FieldViolation.Reason.REQUIRED));
            }
            if (text == null) {
                missing.add(new FieldViolation(Variables.OPINION_TEXT, FieldViolation.Reason.REQUIRED));
            }
            if (!missing.isEmpty()) {
                throw new InvalidPublicWorksInputException(missing);
            }
            cases.recordOpinion(reference(task),
                    new CommitteeOpinion(decision, text, flag(task, Variables.SITE_VISIT_WANTED)));
        });
    }
}
