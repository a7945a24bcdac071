package jp.cityplan.domain.organisation;

import java.util.Optional;
import java.util.regex.Pattern;
import jp.cityplan.domain.shared.Require;

/**
 * A division (課) of the city. Its staff and its head (課長) are two groups: {@code <id>} and {@code <id>-heads};
 * divisions answer proposals and own initiatives and public works.
 */
public record Division(String id, String name) {

    private static final Pattern ID = Pattern.compile("div-[a-z0-9][a-z0-9-]{1,40}");
    public static final String HEADS_SUFFIX = "-heads";

    public Division {
        Require.matching(id, ID, "division id");
        if (id.endsWith(HEADS_SUFFIX)) {
            throw new IllegalArgumentException("division id " + id + " must not end with " + HEADS_SUFFIX);
        }
        Require.text(name, "division name");
    }

    public String staffGroup() {
        return id;
    }

    public String headsGroup() {
        return id + HEADS_SUFFIX;
    }

    /** The heads group of a division's staff group; empty for any other group (a role, a heads group). */
    public static Optional<String> headsGroupOf(String groupId) {
        if (groupId == null || !ID.matcher(groupId).matches() || groupId.endsWith(HEADS_SUFFIX)) {
            return Optional.empty();
        }
        return Optional.of(groupId + HEADS_SUFFIX);
    }
}
