package jp.cityplan.workflow.evaluation;

import static jp.cityplan.workflow.evaluation.AdministrativeEvaluationProcess.PROCESS_ID;

import java.util.HashMap;
import java.util.Map;
import jp.cityplan.domain.evaluation.AdministrativeEvaluation;
import jp.cityplan.workflow.evaluation.AdministrativeEvaluationProcess.Variables;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's one way into the process {@code administrative-evaluation}: starts it for an evaluation the domain has
 * just opened. The business key is the evaluation id; starting again returns the running instance.
 */
public class EvaluationProcessClient {

    private static final Logger LOG = LoggerFactory.getLogger(EvaluationProcessClient.class);

    private final RuntimeService runtimeService;
    private final EvaluationProcessSettings settings;

    public EvaluationProcessClient(RuntimeService runtimeService, EvaluationProcessSettings settings) {
        this.runtimeService = runtimeService;
        this.settings = settings;
    }

    /**
     * @param initiativeName the initiative's 事業名, shown on the forms
     * @return the process instance id
     */
    public String start(AdministrativeEvaluation evaluation, String initiativeName) {
        String key = evaluation.id().value();
        ProcessInstance running = runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_ID)
                .processInstanceBusinessKey(key).singleResult();
        if (running != null) {
            return running.getId();
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variables.EVALUATION_ID, key);
        variables.put(Variables.INITIATIVE_CODE, evaluation.initiative().value());
        variables.put(Variables.INITIATIVE_NAME, initiativeName);
        variables.put(Variables.FISCAL_YEAR_NAME, evaluation.fiscalYear().japaneseName());
        variables.put(Variables.OWNER_DIVISION, evaluation.ownerDivision());
        variables.put(Variables.HEAD_GROUP, evaluation.ownerDivision() + "-heads");
        variables.put(Variables.PLANNING_GROUP, settings.planningGroup());
        variables.put(Variables.FILL_IN_PERIOD, settings.fillInPeriod().toString());
        variables.put(Variables.REVIEW_PERIOD, settings.reviewPeriod().toString());
        variables.put(Variables.CONFIRMATION_PERIOD, settings.confirmationPeriod().toString());
        variables.put(Variables.RETURN_REASON, "");
        ProcessInstance started = runtimeService.startProcessInstanceByKey(PROCESS_ID, key, variables);
        LOG.info("evaluation {} started as process instance {}", key, started.getId());
        return started.getId();
    }
}
