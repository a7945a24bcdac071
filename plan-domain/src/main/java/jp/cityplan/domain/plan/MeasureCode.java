package jp.cityplan.domain.plan;

import java.util.regex.Pattern;
import jp.cityplan.domain.shared.Require;

/** The number of a measure (方策), e.g. {@code 1}. */
public record MeasureCode(String value) {

    private static final Pattern NUMBER = Pattern.compile("[1-9][0-9]?");

    public MeasureCode {
        Require.matching(value, NUMBER, "measure code");
    }

    @Override
    public String toString() {
        return value;
    }
}
