package jp.cityplan.app.adapter.out.identity;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.ArrayList;
import java.util.List;
import jp.cityplan.domain.organisation.Division;
import jp.cityplan.domain.organisation.Organisation;
import jp.cityplan.domain.organisation.Role;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/**
 * What each staff group may do in the engine once authorization checks are on; administrators ({@code camunda-admin})
 * may do everything already. Every staff group may open Tasklist, read the shared filters, read the process and
 * decision definitions its tasks come from and evaluate the decisions those tasks run; its tasks it sees because the
 * engine grants each candidate group its own tasks. Only the public hearing staff start proposals (paper forms).
 * Division heads open Cockpit, where they see the process instances of their own division's cases
 * ({@link DivisionHeadsCaseAccess}). Nobody but administrators reads other cases' instances or history. Grants are
 * created once, never changed.
 */
@Component
@RequiredArgsConstructor
public class CamundaRoleGrants {

    static final String PUBLIC_HEARING = "public-hearing";
    static final String TASKLIST = "tasklist";
    static final String COCKPIT = "cockpit";
    static final String ANY = "*";
    static final String COMMITTEE_RECRUITMENT = "committee-recruitment";

    private final AuthorizationService authorizationService;

    /** Creates the missing grants of every staff group; returns how many were created. */
    public int ensureGrants(Organisation organisation) {
        int created = 0;
        for (String group : staffGroups(organisation)) {
            created += grant(group, Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
            created += grant(group, Resources.FILTER, ANY, Permissions.READ);
            created += grant(group, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
            created += grant(group, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.CREATE_INSTANCE);
            created += grant(group, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
            created += grant(group, Resources.DEPLOYMENT, ANY, Permissions.READ);
        }
        for (Division division : organisation.divisions()) {
            // the heads follow their division's cases there (DivisionHeadsCaseAccess grants each case)
            created += grant(division.headsGroup(), Resources.APPLICATION, COCKPIT, Permissions.ACCESS);
        }
        created += grant(PUBLIC_HEARING, Resources.PROCESS_DEFINITION, "citizen-proposal",
                Permissions.READ, Permissions.CREATE_INSTANCE);
        created += grant(PUBLIC_HEARING, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
        created += committeeRecruitmentGrants(organisation);
        return created;
    }

    /** Any division may run a committee: its staff open a recruitment from the Tasklist start form. */
    private int committeeRecruitmentGrants(Organisation organisation) {
        int created = 0;
        for (Division division : organisation.divisions()) {
            created += grant(division.staffGroup(), Resources.PROCESS_DEFINITION, COMMITTEE_RECRUITMENT,
                    Permissions.READ, Permissions.CREATE_INSTANCE);
            created += grant(division.staffGroup(), Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
        }
        return created;
    }

    private static List<String> staffGroups(Organisation organisation) {
        List<String> groups = new ArrayList<>();
        for (Division division : organisation.divisions()) {
            groups.add(division.staffGroup());
            groups.add(division.headsGroup());
        }
        organisation.roles().stream().map(Role::id).forEach(groups::add);
        return groups;
    }

    private int grant(String group, Resource resource, String resourceId, Permission... permissions) {
        boolean exists = authorizationService.createAuthorizationQuery()
                .groupIdIn(group).resourceType(resource).resourceId(resourceId).count() > 0;
        if (exists) {
            return 0;
        }
        Authorization authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
        authorization.setGroupId(group);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        for (Permission permission : permissions) {
            authorization.addPermission(permission);
        }
        authorizationService.saveAuthorization(authorization);
        return 1;
    }
}
