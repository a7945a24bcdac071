package jp.cityplan.app.adapter.out.identity;

import java.util.List;
import java.util.Map;
import jp.cityplan.domain.organisation.Division;
import jp.cityplan.domain.organisation.Organisation;
import jp.cityplan.domain.organisation.Role;
import jp.cityplan.domain.organisation.StaffMember;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * Writes the organisation into the engine's identity service (groups, demo users, memberships) and creates the
 * Tasklist filters staff start from. Creates what is missing; changes nothing that exists.
 */
@Component
@RequiredArgsConstructor
public class CamundaOrganisationSync {

    static final String GROUP_TYPE = "WORKFLOW";

    /** What each task card in Tasklist shows, so staff see which case a task is about without opening it. */
    static final List<Map<String, String>> CARD_VARIABLES = List.of(
            Map.of("name", "receiptNumber", "label", "受付番号"),
            Map.of("name", "subject", "label", "件名"));

    private final IdentityService identityService;
    private final FilterService filterService;
    private final TaskService taskService;

    /** Creates the division groups (staff and heads) and role groups that do not exist yet; returns how many. */
    public int ensureGroups(Organisation organisation) {
        int created = 0;
        for (Division division : organisation.divisions()) {
            created += ensureGroup(division.staffGroup(), division.name());
            created += ensureGroup(division.headsGroup(), division.name() + "（課長）");
        }
        for (Role role : organisation.roles()) {
            created += ensureGroup(role.id(), role.name());
        }
        return created;
    }

    private int ensureGroup(String id, String name) {
        if (identityService.createGroupQuery().groupId(id).count() > 0) {
            return 0;
        }
        Group group = identityService.newGroup(id);
        group.setName(name);
        group.setType(GROUP_TYPE);
        identityService.saveGroup(group);
        return 1;
    }

    /** Creates the demo staff that do not exist yet, with their memberships; returns how many users were created. */
    public int ensureDemoStaff(Organisation organisation, String password) {
        int created = 0;
        for (StaffMember member : organisation.staff()) {
            if (identityService.createUserQuery().userId(member.id()).count() == 0) {
                User user = identityService.newUser(member.id());
                user.setLastName(member.familyName());
                user.setFirstName(member.givenName());
                user.setEmail(member.email());
                user.setPassword(password);
                identityService.saveUser(user);
                member.groups().forEach(group -> identityService.createMembership(member.id(), group));
                created++;
            }
        }
        return created;
    }

    /** The filters every member of staff sees in Tasklist; created once. */
    public int ensureTasklistFilters() {
        int created = 0;
        created += ensureFilter("自課の案件", "自分の課・役割に割り当てられたタスク", -10,
                taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                        .includeAssignedTasks());
        created += ensureFilter("自分のタスク", "自分が担当しているタスク", -5,
                taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
        created += ensureFilter("受付待ち", "広聴担当が受け付ける市民提案", 0,
                taskService.createTaskQuery().taskCandidateGroup("public-hearing").taskDefinitionKey("Task_ReviewIntake")
                        .includeAssignedTasks());
        created += ensureFilter("期限超過", "回答期限を過ぎたタスク（自分の課・役割）", 5,
                taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                        .includeAssignedTasks().dueBeforeExpression("${now()}"));
        return created;
    }

    private int ensureFilter(String name, String description, int priority, TaskQuery query) {
        if (filterService.createFilterQuery().filterName(name).count() > 0) {
            return 0;
        }
        Filter filter = filterService.newTaskFilter(name)
                .setQuery(query)
                .setProperties(Map.of("description", description, "priority", priority, "refresh", true,
                        "variables", CARD_VARIABLES));
        filterService.saveFilter(filter);
        return 1;
    }
}
