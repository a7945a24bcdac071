package jp.cityplan.domain.indicator;

import java.util.regex.Pattern;
import jp.cityplan.domain.shared.Require;

/** One line of an indicator's chart, e.g. the city itself or its peer group (類似団体). */
public record Series(String key, String label) {

    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");

    public Series {
        Require.matching(key, KEY, "series key");
        Require.text(label, "series label");
    }
}
