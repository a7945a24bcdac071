package jp.cityplan.app.application.opendata;

import java.util.regex.Pattern;

/**
 * A column of an open dataset: its Japanese name (the CSV header, as the national standard datasets name theirs) and
 * its key in the JSON records. Every column is documented in {@code docs/open-data.md}.
 */
public record OpenDataColumn(String name, String key) {

    private static final Pattern KEY = Pattern.compile("[a-z][A-Za-z0-9]*");

    /** 全国地方公共団体コード: the first column of every dataset. */
    public static final OpenDataColumn MUNICIPALITY_CODE = new OpenDataColumn("全国地方公共団体コード", "municipalityCode");
    /** 備考: the last column of every dataset. */
    public static final OpenDataColumn REMARKS = new OpenDataColumn("備考", "remarks");

    public OpenDataColumn {
        if (name == null || name.isBlank() || key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("a column needs a name and a camelCase key: " + name + " / " + key);
        }
    }
}
