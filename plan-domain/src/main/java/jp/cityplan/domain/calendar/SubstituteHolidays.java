package jp.cityplan.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * 振替休日 (祝日法 第3条第2項). From 1973-04-12 a 国民の祝日 on a Sunday gives the next day off unless that day is a
 * 国民の祝日 itself; from 2007 the day off moves on to the first day after it that is not a 国民の祝日.
 */
final class SubstituteHolidays {

    static final String NAME = "振替休日";

    private static final LocalDate INTRODUCED = LocalDate.of(1973, 4, 12);
    private static final LocalDate FIRST_FREE_DAY_SINCE = LocalDate.of(2007, 1, 1);

    private SubstituteHolidays() {
    }

    /** The 振替休日 owed for the given 国民の祝日 (only those of Sundays in the given set are looked at). */
    static SortedSet<LocalDate> owedFor(Set<LocalDate> nationalHolidays) {
        SortedSet<LocalDate> substitutes = new TreeSet<>();
        for (LocalDate holiday : nationalHolidays) {
            if (holiday.getDayOfWeek() != DayOfWeek.SUNDAY || holiday.isBefore(INTRODUCED)) {
                continue;
            }
            LocalDate next = holiday.plusDays(1);
            if (holiday.isBefore(FIRST_FREE_DAY_SINCE)) {
                if (!nationalHolidays.contains(next)) {
                    substitutes.add(next);
                }
            } else {
                while (nationalHolidays.contains(next)) {
                    next = next.plusDays(1);
                }
                substitutes.add(next);
            }
        }
        return substitutes;
    }
}
