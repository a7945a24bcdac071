package jp.cityplan.app.adapter.out.identity;

import java.util.ArrayList;
import java.util.Optional;
import jp.cityplan.domain.organisation.Division;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.stereotype.Component;

/**
 * Lets a division's head follow their division's cases in Cockpit: when a task is created for a division's staff
 * group, the division's heads group may READ the case's process instance (and the top-level one, for a called
 * sub-process). Nobody else gains anything: another division's head never sees the case. The engine removes these
 * grants with the process instance. Works for every process, at parse time, without touching the models.
 */
@Component
public class DivisionHeadsCaseAccess extends AbstractProcessEnginePlugin implements TaskListener {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreBPMNParseListeners() == null) {
            configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                        .addBuiltInTaskListener(EVENTNAME_CREATE, DivisionHeadsCaseAccess.this);
            }
        });
    }

    @Override
    public void notify(DelegateTask task) {
        ExecutionEntity execution = (ExecutionEntity) task.getExecution();
        if (execution == null) {
            return;
        }
        CommandContext command = Context.getCommandContext();
        for (IdentityLink candidate : task.getCandidates()) {
            Optional<String> heads = Division.headsGroupOf(candidate.getGroupId());
            heads.ifPresent(group -> command.runWithoutAuthorization(() -> {
                ExecutionEntity instance = execution.getProcessInstance();
                while (instance != null) {
                    grantRead(command.getAuthorizationManager(), group, instance.getId());
                    instance = instance.getSuperExecution() == null ? null
                            : instance.getSuperExecution().getProcessInstance();
                }
                return null;
            }));
        }
    }

    private static void grantRead(AuthorizationManager authorizations, String group, String processInstanceId) {
        if (authorizations.findAuthorizationByGroupIdAndResourceId(Authorization.AUTH_TYPE_GRANT, group,
                Resources.PROCESS_INSTANCE, processInstanceId) != null) {
            return;
        }
        AuthorizationEntity grant = new AuthorizationEntity(Authorization.AUTH_TYPE_GRANT);
        grant.setGroupId(group);
        grant.setResource(Resources.PROCESS_INSTANCE);
        grant.setResourceId(processInstanceId);
        grant.addPermission(Permissions.READ);
        authorizations.insert(grant);
    }
}
