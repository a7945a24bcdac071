package jp.cityplan.domain.committee;

import java.util.regex.Pattern;
import jp.cityplan.domain.shared.FiscalYear;
import jp.cityplan.domain.shared.Require;

/** The number of a recruitment (委員募集番号): {@code R}, the fiscal year and a running number, e.g. {@code R2026-003}. */
public record RecruitmentId(String value) {

    private static final Pattern FORMAT = Pattern.compile("R[0-9]{4}-[0-9]{3}");

    public RecruitmentId {
        Require.matching(value, FORMAT, "recruitment id");
    }

    public static RecruitmentId of(FiscalYear fiscalYear, long sequence) {
        if (sequence < 1 || sequence > 999) {
            throw new IllegalArgumentException("recruitment sequence " + sequence + " is outside 1-999");
        }
        return new RecruitmentId(String.format("R%04d-%03d", fiscalYear.year(), sequence));
    }

    @Override
    public String toString() {
        return value;
    }
}
