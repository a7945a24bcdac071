package jp.cityplan.domain.organisation;

import java.util.regex.Pattern;
import jp.cityplan.domain.shared.Require;

/**
 * A role across divisions, held through a group: e.g. the public hearing staff (広聴), the final approvers, the
 * members of an evaluation committee, the administrators.
 */
public record Role(String id, String name) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{1,40}");

    public Role {
        Require.matching(id, ID, "role id");
        if (id.startsWith("div-")) {
            throw new IllegalArgumentException("role id " + id + " must not start with div- (reserved for divisions)");
        }
        Require.text(name, "role name");
    }
}
