package jp.cityplan.domain.indicator;

import java.util.regex.Pattern;
import jp.cityplan.domain.shared.Require;

/** The id of an indicator (関連データ) within its plan, e.g. {@code staff-count}. */
public record IndicatorId(String value) {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    public IndicatorId {
        Require.matching(value, SLUG, "indicator id");
    }

    @Override
    public String toString() {
        return value;
    }
}
