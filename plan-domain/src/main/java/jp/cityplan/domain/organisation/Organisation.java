package jp.cityplan.domain.organisation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import jp.cityplan.domain.shared.Require;

/**
 * The city's organisation as the processes need it: departments (部) and divisions (課), roles across them, and
 * (for a demo) staff members. Every group a member names must exist; ids are unique.
 */
public record Organisation(List<Department> departments, List<Role> roles, List<StaffMember> staff) {

    public Organisation {
        departments = Require.list(departments, "departments");
        roles = Require.list(roles, "roles");
        staff = Require.list(staff, "staff");
        List<String> problems = new ArrayList<>();
        Set<String> groups = new HashSet<>();
        Stream.concat(departments.stream().flatMap(d -> d.divisions().stream()).map(Division::id),
                roles.stream().map(Role::id)).forEach(id -> {
                    if (!groups.add(id)) {
                        problems.add("group " + id + " appears more than once");
                    }
                });
        departments.stream().flatMap(d -> d.divisions().stream()).forEach(d -> groups.add(d.headsGroup()));
        Set<String> users = new HashSet<>();
        for (StaffMember member : staff) {
            if (!users.add(member.id())) {
                problems.add("user " + member.id() + " appears more than once");
            }
            member.groups().stream().filter(g -> !groups.contains(g))
                    .forEach(g -> problems.add("user " + member.id() + " names unknown group " + g));
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }

    public List<Division> divisions() {
        return departments.stream().flatMap(d -> d.divisions().stream()).toList();
    }

    public Optional<Division> division(String id) {
        return divisions().stream().filter(d -> d.id().equals(id)).findFirst();
    }
}
