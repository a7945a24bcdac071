package jp.cityplan.workflow.publicworks;

import static jp.cityplan.workflow.publicworks.PublicWorksEvaluationVariables.text;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * 委員を確認する: the members of the committee group (user ids, ordered) each give an opinion; the configured chair (or,
 * where none is configured or they are no member, the first member) consolidates. Only user ids are stored. The
 * members are read as the system: the staff member whose task completion ran this may not read other users.
 */
@Component("determineCommitteeMembersDelegate")
public class DetermineCommitteeMembersDelegate implements JavaDelegate {

    private final IdentityService identityService;
    private final PublicWorksSettings settings;

    public DetermineCommitteeMembersDelegate(IdentityService identityService, PublicWorksSettings settings) {
        this.identityService = identityService;
        this.settings = settings;
    }

    @Override
    public void execute(DelegateExecution execution) throws Exception {
        String group = text(execution, PublicWorksEvaluationProcess.Variables.COMMITTEE_GROUP);
        String committee = group == null ? settings.committeeGroup() : group;
        List<String> members = Context.getCommandContext().runWithoutAuthorization(() ->
                identityService.createUserQuery().memberOfGroup(committee).orderByUserId().asc().list()
                        .stream().map(User::getId).toList());
        if (members.isEmpty()) {
            throw new IllegalStateException("the committee group " + committee + " has no members");
        }
        String chair = members.contains(settings.committeeChair()) ? settings.committeeChair() : members.get(0);
        execution.setVariable(PublicWorksEvaluationProcess.Variables.COMMITTEE_MEMBERS, String.join(",", members));
        execution.setVariable(PublicWorksEvaluationProcess.Variables.COMMITTEE_CHAIR, chair);
    }
}
