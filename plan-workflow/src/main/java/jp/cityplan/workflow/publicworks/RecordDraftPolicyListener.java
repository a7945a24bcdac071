package jp.cityplan.workflow.publicworks;

import static jp.cityplan.workflow.publicworks.PublicWorksEvaluationVariables.cityTime;
import static jp.cityplan.workflow.publicworks.PublicWorksEvaluationVariables.date;
import static jp.cityplan.workflow.publicworks.PublicWorksEvaluationVariables.decision;
import static jp.cityplan.workflow.publicworks.PublicWorksEvaluationVariables.flag;
import static jp.cityplan.workflow.publicworks.PublicWorksEvaluationVariables.reference;
import static jp.cityplan.workflow.publicworks.PublicWorksEvaluationVariables.text;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import jp.cityplan.domain.publicworks.DraftPolicy;
import jp.cityplan.domain.publicworks.EvaluationDecision;
import jp.cityplan.domain.publicworks.EvaluationReference;
import jp.cityplan.domain.publicworks.FieldViolation;
import jp.cityplan.domain.publicworks.InvalidPublicWorksInputException;
import jp.cityplan.domain.publicworks.PublicWorksEvaluationCases;
import jp.cityplan.workflow.publicworks.PublicWorksEvaluationProcess.Variables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Records the planning division's work on {@code Task_DraftPolicy}: the outcome the table proposed, then either the
 * sheet sent back (with the reason) or the draft policy (対応方針案) and the committee's meeting day, from which the
 * members' reminder is set.
 */
@Component("recordDraftPolicyListener")
public class RecordDraftPolicyListener implements TaskListener {

    static final LocalTime MEETING_TIME = LocalTime.of(10, 0);
    static final LocalTime REMINDER_TIME = LocalTime.of(9, 0);

    private final PublicWorksEvaluationCases cases;

    public RecordDraftPolicyListener(PublicWorksEvaluationCases cases) {
        this.cases = cases;
    }

    @Override
    public void notify(DelegateTask task) {
        EvaluationReference reference = reference(task);
        Refusals.refusingBadInput(() -> {
            cases.proposeDecision(reference, decision(task, Variables.PROPOSED_DECISION));
            if (flag(task, Variables.SHEET_RETURNED)) {
                if (text(task, Variables.RETURN_REASON) == null) {
                    throw new InvalidPublicWorksInputException(Variables.RETURN_REASON, FieldViolation.Reason.REQUIRED);
                }
                cases.returnSheet(reference);
                return;
            }
            EvaluationDecision decision = decision(task, Variables.POLICY_DECISION);
            String reasons = text(task, Variables.POLICY_REASONS);
            LocalDate meeting = date(task, Variables.COMMITTEE_MEETING_DATE);
            List<FieldViolation> missing = new ArrayList<>();
            if (decision == null) {
                missing.add(new FieldViolation(Variables.POLICY_DECISION, FieldViolation.Reason.REQUIRED));
            }
            if (reasons == null) {
                missing.add(new FieldViolation(Variables.POLICY_REASONS, FieldViolation.Reason.REQUIRED));
            }
            if (meeting == null) {
                missing.add(new FieldViolation(Variables.COMMITTEE_MEETING_DATE, FieldViolation.Reason.REQUIRED));
            }
            if (!missing.isEmpty()) {
                throw new InvalidPublicWorksInputException(missing);
            }
            cases.draftPolicy(reference, new DraftPolicy(decision, reasons));
            int daysBefore = ((Number) task.getVariable(Variables.REMINDER_DAYS_BEFORE_MEETING)).intValue();
            task.getExecution().setVariable(Variables.COMMITTEE_MEETING_DATE, cityTime(meeting, MEETING_TIME));
            task.getExecution().setVariable(Variables.COMMITTEE_REMINDER_DATE,
                    cityTime(meeting.minusDays(daysBefore), REMINDER_TIME));
        });
    }
}
