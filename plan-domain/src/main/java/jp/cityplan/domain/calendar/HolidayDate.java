package jp.cityplan.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;

/** How a holiday's date is found in a given year. */
@FunctionalInterface
interface HolidayDate {

    LocalDate in(int year);

    /** The same day every year, e.g. 5月3日. */
    static HolidayDate fixed(Month month, int day) {
        return year -> LocalDate.of(year, month, day);
    }

    /** The n-th Monday of the month (ハッピーマンデー), e.g. the 2nd Monday of January. */
    static HolidayDate nthMonday(Month month, int n) {
        return year -> LocalDate.of(year, month, 1)
                .with(TemporalAdjusters.dayOfWeekInMonth(n, DayOfWeek.MONDAY));
    }

    /** 春分日. */
    static HolidayDate vernalEquinox() {
        return Equinox::vernal;
    }

    /** 秋分日. */
    static HolidayDate autumnalEquinox() {
        return Equinox::autumnal;
    }
}
