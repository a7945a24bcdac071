package jp.cityplan.workflow.committee;

import static jp.cityplan.workflow.committee.CommitteeRecruitmentProcess.MESSAGE_APPLICATION_RECEIVED;
import static jp.cityplan.workflow.committee.CommitteeRecruitmentProcess.MESSAGE_NEXT_RECRUITMENT_DUE;
import static jp.cityplan.workflow.committee.CommitteeRecruitmentProcess.PROCESS_ID;

import java.util.Map;
import jp.cityplan.domain.committee.ApplicationNumber;
import jp.cityplan.domain.committee.CommitteeId;
import jp.cityplan.domain.committee.RecruitmentId;
import jp.cityplan.workflow.committee.CommitteeRecruitmentProcess.Variables;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The app's one way into the process {@code committee-recruitment}: it owns the RuntimeService calls. The business
 * key is the recruitment id; only ids pass into the process.
 */
@Component
public class CommitteeRecruitmentClient {

    private static final Logger LOG = LoggerFactory.getLogger(CommitteeRecruitmentClient.class);

    private final RuntimeService runtimeService;

    public CommitteeRecruitmentClient(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    /** Opens a recruitment with the fields of the opening form (as the Tasklist start form does); returns its id. */
    public RecruitmentId open(Map<String, Object> openingForm) {
        ProcessInstance started = runtimeService.startProcessInstanceByKey(PROCESS_ID, openingForm);
        return new RecruitmentId(started.getBusinessKey());
    }

    /** An application was stored: its eligibility is checked in the recruitment's process, now. */
    public void applicationReceived(RecruitmentId recruitment, ApplicationNumber application) {
        runtimeService.createMessageCorrelation(MESSAGE_APPLICATION_RECEIVED)
                .processInstanceBusinessKey(recruitment.value())
                .setVariableToTriggeredScope(Variables.APPLICATION_NUMBER, application.value())
                .correlateWithResult();
        LOG.info("application {} to recruitment {} checked", application, recruitment);
    }

    /** Starts the next recruitment of a committee; the division prepares its terms in Tasklist. */
    public String startNextRecruitment(CommitteeId committee, String responsibleDivision, String previousRecruitment) {
        ProcessInstance started = runtimeService.createMessageCorrelation(MESSAGE_NEXT_RECRUITMENT_DUE)
                .processInstanceBusinessKey("next-" + committee.value() + "-after-" + previousRecruitment)
                .setVariable(Variables.COMMITTEE_ID, committee.value())
                .setVariable(Variables.RESPONSIBLE_DIVISION, responsibleDivision)
                .correlateStartMessage();
        LOG.info("next recruitment of committee {} started as process instance {}", committee, started.getId());
        return started.getId();
    }
}
