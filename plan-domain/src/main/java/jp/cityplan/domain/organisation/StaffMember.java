package jp.cityplan.domain.organisation;

import java.util.List;
import java.util.regex.Pattern;
import jp.cityplan.domain.shared.Require;

/** A user of the city's staff and the groups they belong to. */
public record StaffMember(String id, String familyName, String givenName, String email, List<String> groups) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9._-]{1,40}");

    public StaffMember {
        Require.matching(id, ID, "user id");
        Require.text(familyName, "family name of " + id);
        Require.text(givenName, "given name of " + id);
        groups = Require.list(groups, "groups of " + id);
    }
}
