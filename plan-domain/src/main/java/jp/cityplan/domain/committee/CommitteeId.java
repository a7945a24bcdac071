package jp.cityplan.domain.committee;

import java.util.regex.Pattern;
import jp.cityplan.domain.shared.Require;

/** A committee's stable id, lower-case words joined by hyphens, e.g. {@code comprehensive-plan-council}. */
public record CommitteeId(String value) {

    private static final Pattern FORMAT = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    public CommitteeId {
        Require.matching(value, FORMAT, "committee id");
        if (value.length() > 60) {
            throw new IllegalArgumentException("committee id is longer than 60 characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
