package jp.cityplan.domain.calendar;

import java.time.LocalDate;
import java.time.Month;

/**
 * 春分日 and 秋分日 by the usual approximation of the 国立天文台 tables:
 * {@code floor(C + 0.242194 (year - 1980) - floor((year - 1980) / 4))}, valid for 1900-2099.
 * Computed in millionths of a day so that no floating point rounding can move a day.
 */
final class Equinox {

    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2099;

    private static final long MICRO = 1_000_000L;
    private static final long DRIFT_PER_YEAR = 242_194L;

    private Equinox() {
    }

    /** 春分日: March 20 or 21 (rarely 19 or 22). */
    static LocalDate vernal(int year) {
        return LocalDate.of(year, Month.MARCH, day(year, year < 1980 ? 20_835_700L : 20_843_100L));
    }

    /** 秋分日: September 22 or 23 (rarely 24). */
    static LocalDate autumnal(int year) {
        return LocalDate.of(year, Month.SEPTEMBER, day(year, year < 1980 ? 23_258_800L : 23_248_800L));
    }

    private static int day(int year, long constant) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException(
                    "equinox year " + year + " is outside " + FIRST_YEAR + "-" + LAST_YEAR);
        }
        long sinceEpoch = year - 1980L;
        long micros = constant + DRIFT_PER_YEAR * sinceEpoch - Math.floorDiv(sinceEpoch, 4) * MICRO;
        return (int) Math.floorDiv(micros, MICRO);
    }
}
