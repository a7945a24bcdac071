package jp.cityplan.app.config.retention;

import lombok.extern.slf4j.Slf4j;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;

/**
 * Gives every process and decision definition already in the database, all versions, the history time to live the
 * city's setting gives now. Run at every start, before the new deployment: a changed retention thus also holds for
 * cases of older versions (history cleanup counts from each case's end with the definition's current time to live:
 * {@code historyCleanupStrategy: endTimeBased}).
 */
@Slf4j
class RetentionAlignment {

    private final RetentionProperties retention;

    RetentionAlignment(RetentionProperties retention) {
        this.retention = retention;
    }

    /** Answers how many definitions it changed. */
    int align(RepositoryService repository) {
        int changed = 0;
        for (ProcessDefinition definition : repository.createProcessDefinitionQuery().list()) {
            int days = retention.daysFor(definition.getKey());
            if (!Integer.valueOf(days).equals(definition.getHistoryTimeToLive())
                    && updated(() -> repository.updateProcessDefinitionHistoryTimeToLive(definition.getId(), days),
                    definition.getId(), days)) {
                changed++;
            }
        }
        for (DecisionDefinition definition : repository.createDecisionDefinitionQuery().list()) {
            int days = retention.daysFor(definition.getKey());
            if (!Integer.valueOf(days).equals(definition.getHistoryTimeToLive())
                    && updated(() -> repository.updateDecisionDefinitionHistoryTimeToLive(definition.getId(), days),
                    definition.getId(), days)) {
                changed++;
            }
        }
        return changed;
    }

    private static boolean updated(Runnable update, String definitionId, int days) {
        try {
            update.run();
            log.info("history time to live of {} set to {} days (plan.retention)", definitionId, days);
            return true;
        } catch (OptimisticLockingException anotherNode) {
            log.info("history time to live of {} was set by another node meanwhile", definitionId);
            return false;
        }
    }
}
