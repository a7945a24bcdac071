package jp.cityplan.workflow.audit;

import java.util.ArrayList;
import jp.cityplan.domain.audit.AuditTrail;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Writes the domain's audit trail from every process the engine runs, whichever process it is: a parse listener puts
 * {@link AuditListener} on each process's start and end and on each user task's assignment and completion. The
 * records are written in the engine's own transaction, so an action and its record are kept or lost together.
 */
@Component("auditTrailPlugin")
public class AuditTrailPlugin extends AbstractProcessEnginePlugin {

    private final AuditTrail auditTrail;

    public AuditTrailPlugin(AuditTrail auditTrail) {
        this.auditTrail = auditTrail;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreBPMNParseListeners() == null) {
            configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPreBPMNParseListeners().add(new AuditParseListener(new AuditListener(auditTrail)));
    }
}
