package jp.cityplan.domain.plan;

import java.util.regex.Pattern;
import jp.cityplan.domain.shared.Require;

/**
 * The code of an initiative (主な取組事項) whose home is an approach of the plan: approach code, a dot and
 * its running number among the approach's own initiatives, e.g. {@code 1-3.2}.
 */
public record InitiativeCode(String value) {

    private static final Pattern CODE = Pattern.compile("[1-9][0-9]?-[1-9][0-9]?\\.[1-9][0-9]{0,2}");

    public InitiativeCode {
        Require.matching(value, CODE, "initiative code");
    }

    public ApproachCode approach() {
        return new ApproachCode(value.substring(0, value.indexOf('.')));
    }

    @Override
    public String toString() {
        return value;
    }
}
