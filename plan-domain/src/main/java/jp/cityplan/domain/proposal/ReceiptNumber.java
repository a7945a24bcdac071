package jp.cityplan.domain.proposal;

import java.util.regex.Pattern;
import jp.cityplan.domain.shared.FiscalYear;
import jp.cityplan.domain.shared.Require;

/**
 * The receipt number (受付番号) a citizen quotes to follow a proposal: {@code P}, the fiscal year and a running
 * number, e.g. {@code P2026-00042}. It is not a secret; the access secret is.
 */
public record ReceiptNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("P[0-9]{4}-[0-9]{5}");

    public ReceiptNumber {
        Require.matching(value, FORMAT, "receipt number");
    }

    public static ReceiptNumber of(FiscalYear fiscalYear, long sequence) {
        if (sequence < 1 || sequence > 99_999) {
            throw new IllegalArgumentException("receipt sequence " + sequence + " is outside 1-99999");
        }
        return new ReceiptNumber(String.format("P%04d-%05d", fiscalYear.year(), sequence));
    }

    /** What a citizen typed, tidied: full-width forms, case and surrounding spaces do not matter. */
    public static String normalise(String typed) {
        if (typed == null) {
            return null;
        }
        return java.text.Normalizer.normalize(typed, java.text.Normalizer.Form.NFKC).strip()
                .toUpperCase(java.util.Locale.ROOT).replace('‐', '-').replace('ー', '-');
    }

    public static boolean isWellFormed(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
