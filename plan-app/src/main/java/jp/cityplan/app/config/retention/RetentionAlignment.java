package jp.cityplan.app.config.retention;

import lombok.extern.slf4j.Slf4j;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.springframework.context.event.EventListener;

/**
 * After the engine's deployment at start: every process and decision definition already in the database, all
 * versions, gets the history time to live the city's setting gives now. A changed retention thus also holds for
 * cases of older versions (history cleanup counts from each case's end with the definition's current time to
 * live: {@code historyCleanupStrategy: endTimeBased}).
 */
@Slf4j
public class RetentionAlignment {

    private final RepositoryService repository;
    private final RetentionProperties retention;

    public RetentionAlignment(RepositoryService repository, RetentionProperties retention) {
        this.repository = repository;
        this.retention = retention;
    }

    @EventListener(PostDeployEvent.class)
    public void align() {
        for (ProcessDefinition definition : repository.createProcessDefinitionQuery().list()) {
            int days = retention.daysFor(definition.getKey());
            if (!Integer.valueOf(days).equals(definition.getHistoryTimeToLive())) {
                update(definition.getId(), days, true);
            }
        }
        for (DecisionDefinition definition : repository.createDecisionDefinitionQuery().list()) {
            int days = retention.daysFor(definition.getKey());
            if (!Integer.valueOf(days).equals(definition.getHistoryTimeToLive())) {
                update(definition.getId(), days, false);
            }
        }
    }

    private void update(String definitionId, int days, boolean process) {
        try {
            if (process) {
                repository.updateProcessDefinitionHistoryTimeToLive(definitionId, days);
            } else {
                repository.updateDecisionDefinitionHistoryTimeToLive(definitionId, days);
            }
            log.info("history time to live of {} set to {} days (plan.retention)", definitionId, days);
        } catch (OptimisticLockingException anotherNode) {
            log.info("history time to live of {} was set by another node meanwhile", definitionId);
        }
    }
}
