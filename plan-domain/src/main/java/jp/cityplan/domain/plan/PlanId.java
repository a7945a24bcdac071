package jp.cityplan.domain.plan;

import java.util.regex.Pattern;
import jp.cityplan.domain.shared.Require;

/** The id of a comprehensive plan, a slug such as {@code nihonmatsu}; it appears in URLs. */
public record PlanId(String value) {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");

    public PlanId {
        Require.matching(value, SLUG, "plan id");
    }

    @Override
    public String toString() {
        return value;
    }
}
