package jp.cityplan.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * 国民の休日 (祝日法 第3条第3項, from 1985-12-27): a day that is not a 国民の祝日 but whose day before and day after
 * are. Until 2006 Sundays and 振替休日 were left out; from 2007 a 振替休日 keeps its own name.
 */
final class CitizensHolidays {

    static final String NAME = "国民の休日";

    private static final LocalDate INTRODUCED = LocalDate.of(1985, 12, 27);
    private static final LocalDate SUNDAYS_INCLUDED_SINCE = LocalDate.of(2007, 1, 1);

    private CitizensHolidays() {
    }

    static SortedSet<LocalDate> between(Set<LocalDate> nationalHolidays, Set<LocalDate> substituteHolidays) {
        SortedSet<LocalDate> days = new TreeSet<>();
        for (LocalDate holiday : nationalHolidays) {
            LocalDate between = holiday.plusDays(1);
            boolean sandwiched = nationalHolidays.contains(holiday.plusDays(2))
                    && !nationalHolidays.contains(between)
                    && !substituteHolidays.contains(between);
            if (sandwiched && !between.isBefore(INTRODUCED) && !excludedSunday(between)) {
                days.add(between);
            }
        }
        return days;
    }

    private static boolean excludedSunday(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SUNDAY && day.isBefore(SUNDAYS_INCLUDED_SINCE);
    }
}
