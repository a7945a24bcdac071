package jp.cityplan.domain.plan;

import java.util.regex.Pattern;
import jp.cityplan.domain.shared.Require;

/** The code of an approach (手法), measure number and approach number, e.g. {@code 1-3}. */
public record ApproachCode(String value) {

    private static final Pattern CODE = Pattern.compile("([1-9][0-9]?)-([1-9][0-9]?)");

    public ApproachCode {
        Require.matching(value, CODE, "approach code");
    }

    public static ApproachCode of(MeasureCode measure, int number) {
        return new ApproachCode(measure.value() + "-" + number);
    }

    public MeasureCode measure() {
        return new MeasureCode(value.substring(0, value.indexOf('-')));
    }

    @Override
    public String toString() {
        return value;
    }
}
