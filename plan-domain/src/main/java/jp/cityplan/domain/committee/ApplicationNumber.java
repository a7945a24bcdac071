package jp.cityplan.domain.committee;

import java.util.regex.Pattern;
import jp.cityplan.domain.shared.FiscalYear;
import jp.cityplan.domain.shared.Require;

/**
 * The receipt number of an application (応募受付番号): {@code A}, the fiscal year and a running number, e.g.
 * {@code A2026-00001}. It is what the lottery list publishes, never the applicant's name.
 */
public record ApplicationNumber(String value) implements Comparable<ApplicationNumber> {

    private static final Pattern FORMAT = Pattern.compile("A[0-9]{4}-[0-9]{5}");

    public ApplicationNumber {
        Require.matching(value, FORMAT, "application number");
    }

    public static ApplicationNumber of(FiscalYear fiscalYear, long sequence) {
        if (sequence < 1 || sequence > 99_999) {
            throw new IllegalArgumentException("application sequence " + sequence + " is outside 1-99999");
        }
        return new ApplicationNumber(String.format("A%04d-%05d", fiscalYear.year(), sequence));
    }

    public static boolean isWellFormed(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    @Override
    public int compareTo(ApplicationNumber other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
