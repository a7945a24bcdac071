package jp.cityplan.workflow.audit;

import java.util.Optional;
import jp.cityplan.domain.audit.Actor;
import jp.cityplan.domain.audit.AuditAction;
import jp.cityplan.domain.audit.AuditRecord;
import jp.cityplan.domain.audit.AuditTrail;
import jp.cityplan.domain.audit.CaseReference;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Turns the engine's events into audit records: a process's start and end, a user task's assignment (or hand-back)
 * and completion. The actor is the user the engine knows as signed in (Tasklist, the REST API), else the system. The
 * case is the top-level process and its business key, so a called sub-process's steps count for the case that called
 * it. A process without a business key is no case and gets no records.
 */
class AuditListener implements ExecutionListener, TaskListener {

    private final AuditTrail auditTrail;

    AuditListener(AuditTrail auditTrail) {
        this.auditTrail = auditTrail;
    }

    @Override
    public void notify(DelegateExecution execution) {
        AuditAction action = EVENTNAME_START.equals(execution.getEventName())
                ? AuditAction.CASE_STARTED : AuditAction.CASE_ENDED;
        ExecutionEntity process = (ExecutionEntity) execution;
        String subject = process.getProcessDefinition().getName();
        record(process, action, subject, null);
    }

    @Override
    public void notify(DelegateTask task) {
        ExecutionEntity execution = (ExecutionEntity) task.getExecution();
        if (execution == null) {
            return; // a task of no process: no case
        }
        if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            record(execution, AuditAction.TASK_COMPLETED, task.getName(), null);
        } else if (task.getAssignee() == null) {
            record(execution, AuditAction.TASK_RELEASED, task.getName(), null);
        } else {
            record(execution, AuditAction.TASK_ASSIGNED, task.getName(), task.getAssignee());
        }
    }

    private void record(ExecutionEntity execution, AuditAction action, String subject, String detail) {
        caseOf(execution).ifPresent(caseReference -> auditTrail.record(new AuditRecord(caseReference, actor(), action,
                subject, detail, ClockUtil.getCurrentTime().toInstant())));
    }

    static Optional<CaseReference> caseOf(ExecutionEntity execution) {
        ExecutionEntity top = execution.getProcessInstance();
        while (top.getSuperExecution() != null) {
            top = top.getSuperExecution().getProcessInstance();
        }
        String businessKey = top.getBusinessKey();
        if (businessKey == null || businessKey.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new CaseReference(top.getProcessDefinition().getKey(), businessKey));
        } catch (IllegalArgumentException notACaseReference) {
            return Optional.empty();
        }
    }

    private static Actor actor() {
        CommandContext command = Context.getCommandContext();
        return Actor.signedInOrSystem(command == null ? null : command.getAuthenticatedUserId());
    }
}
