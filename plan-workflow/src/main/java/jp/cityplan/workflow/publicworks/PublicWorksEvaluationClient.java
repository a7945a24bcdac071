package jp.cityplan.workflow.publicworks;

import static jp.cityplan.workflow.publicworks.PublicWorksEvaluationProcess.PROCESS_ID;

import jp.cityplan.domain.publicworks.EvaluationReference;
import jp.cityplan.domain.publicworks.PublicWorksEvaluation;
import jp.cityplan.domain.publicworks.PublicWorksEvaluationCases;
import jp.cityplan.domain.publicworks.PublicWorksProject;
import jp.cityplan.workflow.publicworks.PublicWorksEvaluationProcess.Variables;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The app's one way into {@code public-works-evaluation}: it starts the process of an opened evaluation with the
 * evaluation reference as business key, the project's routing ids and the city's settings as variables.
 */
@Component
public class PublicWorksEvaluationClient {

    private static final Logger LOG = LoggerFactory.getLogger(PublicWorksEvaluationClient.class);

    private final RuntimeService runtimeService;
    private final PublicWorksEvaluationCases cases;
    private final PublicWorksSettings settings;

    public PublicWorksEvaluationClient(RuntimeService runtimeService, PublicWorksEvaluationCases cases,
                                       PublicWorksSettings settings) {
        this.runtimeService = runtimeService;
        this.cases = cases;
        this.settings = settings;
    }

    /** Starts the process; starting again for the same reference returns the running instance. */
    public String start(EvaluationReference reference) {
        ProcessInstance running = runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_ID)
                .processInstanceBusinessKey(reference.value()).singleResult();
        if (running != null) {
            return running.getId();
        }
        PublicWorksEvaluation evaluation = cases.get(reference);
        PublicWorksProject project = cases.project(evaluation.projectId());
        VariableMap variables = org.camunda.bpm.engine.variable.Variables.createVariables()
                .putValue(Variables.EVALUATION_REFERENCE, reference.value())
                .putValue(Variables.PROJECT_ID, project.id().value())
                .putValue(Variables.PROJECT_NAME, project.name())
                .putValue(Variables.STAGE, evaluation.stage().name())
                .putValue(Variables.TRIGGER, evaluation.snapshot().trigger())
                .putValue(Variables.OWNING_DIVISION, project.owningDivision())
                .putValue(Variables.PLANNING_GROUP, settings.planningGroup())
                .putValue(Variables.DECISION_GROUP, settings.decisionGroup())
                .putValue(Variables.COMMITTEE_GROUP, settings.committeeGroup())
                .putValue(Variables.SHEET_PERIOD, settings.sheetPeriod().toString())
                .putValue(Variables.POLICY_PERIOD, settings.policyPeriod().toString())
                .putValue(Variables.OPINION_PERIOD, settings.opinionPeriod().toString())
                .putValue(Variables.DECISION_PERIOD, settings.decisionPeriod().toString())
                .putValue(Variables.BENEFIT_COST_THRESHOLD, settings.benefitCostThreshold())
                .putValue(Variables.REMINDER_DAYS_BEFORE_MEETING, settings.reminderDaysBeforeMeeting());
        ProcessInstance started = runtimeService.startProcessInstanceByKey(PROCESS_ID, reference.value(), variables);
        LOG.info("evaluation {} started as process instance {}", reference, started.getId());
        return started.getId();
    }
}
