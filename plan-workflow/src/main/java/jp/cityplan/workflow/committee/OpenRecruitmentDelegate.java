package jp.cityplan.workflow.committee;

import static jp.cityplan.workflow.committee.CommitteeRecruitmentProcess.Variables.CLOSES_AT;
import static jp.cityplan.workflow.committee.CommitteeRecruitmentProcess.Variables.COMMITTEE_ID;
import static jp.cityplan.workflow.committee.CommitteeRecruitmentProcess.Variables.FINAL_APPROVER_GROUP;
import static jp.cityplan.workflow.committee.CommitteeRecruitmentProcess.Variables.NEXT_RECRUITMENT_AT;
import static jp.cityplan.workflow.committee.CommitteeRecruitmentProcess.Variables.PANEL_GROUP;
import static jp.cityplan.workflow.committee.CommitteeRecruitmentProcess.Variables.RECRUITMENT_ID;
import static jp.cityplan.workflow.committee.CommitteeRecruitmentProcess.Variables.RESPONSIBLE_DIVISION;
import static jp.cityplan.workflow.committee.CommitteeRecruitmentProcess.Variables.SELECTION_DUE_DATE;
import static jp.cityplan.workflow.committee.CommitteeRecruitmentProcess.Variables.SELECTION_METHOD;

import java.time.LocalDate;
import java.time.LocalTime;
import jp.cityplan.domain.committee.Committee;
import jp.cityplan.domain.committee.CommitteeRecruitment;
import jp.cityplan.domain.committee.InvalidRecruitmentException;
import jp.cityplan.domain.committee.MemberSelection;
import jp.cityplan.domain.committee.RecruitmentTerms;
import jp.cityplan.domain.committee.UnknownCommitteeException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * 募集を開始する: turns the division's form into a recruitment (refusing, with a Japanese message that names the
 * field, terms the city's rules do not allow, so the form stays open), makes its id the business key and sets the
 * dates the process waits for: the closing time, the selection's due date and the start of the next recruitment.
 */
@Component("openRecruitmentDelegate")
public class OpenRecruitmentDelegate implements JavaDelegate {

    static final LocalTime NEXT_RECRUITMENT_TIME = LocalTime.of(9, 0);

    private final MemberSelection selection;
    private final CommitteeRecruitmentSettings settings;

    public OpenRecruitmentDelegate(MemberSelection selection, CommitteeRecruitmentSettings settings) {
        this.selection = selection;
        this.settings = settings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        RecruitmentTerms terms = OpeningFormReader.read(execution, ClockUtil.getCurrentTime().toInstant(),
                settings.closingTime());
        CommitteeRecruitment recruitment;
        try {
            recruitment = selection.open(terms);
        } catch (InvalidRecruitmentException refused) {
            throw new RecruitmentInputException(OpeningFormReader.explain(refused), refused);
        } catch (UnknownCommitteeException unknown) {
            throw new RecruitmentInputException("委員会「" + terms.committee() + "」は登録されていません。", unknown);
        }
        Committee committee = selection.committeeOf(recruitment.id());
        execution.setProcessBusinessKey(recruitment.id().value());
        execution.setVariable(RECRUITMENT_ID, recruitment.id().value());
        execution.setVariable(COMMITTEE_ID, committee.id().value());
        execution.setVariable(RESPONSIBLE_DIVISION, committee.responsibleDivision());
        execution.setVariable(FINAL_APPROVER_GROUP, settings.finalApproverGroup());
        execution.setVariable(PANEL_GROUP, settings.panelGroup());
        execution.setVariable(SELECTION_METHOD, recruitment.method().name());
        execution.setVariable(CLOSES_AT, java.util.Date.from(recruitment.terms().closesAt()));
        execution.setVariable(SELECTION_DUE_DATE, CommitteeRecruitmentVariables.cityTime(
                recruitment.terms().resultExpectedOn(), settings.closingTime()));
        LocalDate termEndsOn = committee.termStarting(recruitment.terms().termStartsOn()).endsOn();
        execution.setVariable(NEXT_RECRUITMENT_AT, CommitteeRecruitmentVariables.cityTime(
                termEndsOn.minus(settings.nextRecruitmentLeadTime()), NEXT_RECRUITMENT_TIME));
    }
}
