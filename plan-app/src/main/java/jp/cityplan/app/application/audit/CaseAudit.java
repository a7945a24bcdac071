package jp.cityplan.app.application.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import jp.cityplan.domain.audit.AuditTrail;
import jp.cityplan.domain.audit.CaseReference;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything known about who did what to one case: the domain's audit trail and the engine's user operation log of
 * the case's process instances (the case's own and the sub-processes it called). For administrators.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class CaseAudit {

    /** More than any case has; keeps one call bounded. */
    static final int MAX_OPERATIONS = 2000;

    private final AuditTrail auditTrail;
    private final HistoryService historyService;

    public CaseAuditReport of(CaseReference caseReference) {
        List<String> instances = new ArrayList<>();
        for (HistoricProcessInstance instance : historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(caseReference.process())
                .processInstanceBusinessKey(caseReference.reference()).list()) {
            collect(instance.getId(), instances);
        }
        List<EngineOperation> operations = new ArrayList<>();
        for (String instance : instances) {
            historyService.createUserOperationLogQuery().processInstanceId(instance).orderByTimestamp().asc()
                    .listPage(0, MAX_OPERATIONS).stream().map(CaseAudit::operation).forEach(operations::add);
        }
        operations.sort(Comparator.comparing(EngineOperation::at));
        return new CaseAuditReport(caseReference, auditTrail.of(caseReference), List.copyOf(operations));
    }

    private void collect(String instanceId, List<String> instances) {
        instances.add(instanceId);
        historyService.createHistoricProcessInstanceQuery().superProcessInstanceId(instanceId).list()
                .forEach(called -> collect(called.getId(), instances));
    }

    private static EngineOperation operation(UserOperationLogEntry entry) {
        return new EngineOperation(entry.getTimestamp().toInstant(), entry.getUserId(), entry.getOperationType(),
                entry.getEntityType(), entry.getProperty(), entry.getTaskId());
    }
}
