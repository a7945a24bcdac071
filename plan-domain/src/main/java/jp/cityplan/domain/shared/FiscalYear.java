package jp.cityplan.domain.shared;

import java.time.LocalDate;

/**
 * A Japanese fiscal year (年度): April 1 of {@code year} to March 31 of the next year.
 * Stored as the ISO year it starts in; shown to people in the 令和/平成 era.
 */
public record FiscalYear(int year) implements Comparable<FiscalYear> {

    private static final int FIRST_REIWA_FISCAL_YEAR = 2019;
    private static final int FIRST_HEISEI_FISCAL_YEAR = 1989;

    public FiscalYear {
        if (year < 1900 || year > 2999) {
            throw new IllegalArgumentException("fiscal year " + year + " is outside 1900-2999");
        }
    }

    public static FiscalYear of(int year) {
        return new FiscalYear(year);
    }

    /** The fiscal year a date falls in: January to March belong to the year before. */
    public static FiscalYear containing(LocalDate date) {
        return new FiscalYear(date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1);
    }

    public LocalDate start() {
        return LocalDate.of(year, 4, 1);
    }

    public LocalDate end() {
        return LocalDate.of(year + 1, 3, 31);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    public FiscalYear next() {
        return new FiscalYear(year + 1);
    }

    /** The name people read, e.g. 令和7年度 for 2025, 令和元年度 for 2019, 平成30年度 for 2018. */
    public String japaneseName() {
        if (year >= FIRST_REIWA_FISCAL_YEAR) {
            return "令和" + eraYear(year - FIRST_REIWA_FISCAL_YEAR + 1) + "年度";
        }
        if (year >= FIRST_HEISEI_FISCAL_YEAR) {
            return "平成" + eraYear(year - FIRST_HEISEI_FISCAL_YEAR + 1) + "年度";
        }
        return year + "年度";
    }

    private static String eraYear(int n) {
        return n == 1 ? "元" : Integer.toString(n);
    }

    @Override
    public int compareTo(FiscalYear other) {
        return Integer.compare(year, other.year);
    }

    @Override
    public String toString() {
        return "FY" + year;
    }
}
