package jp.cityplan.domain.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import jp.cityplan.domain.shared.Require;

/**
 * Days a city office is closed every year, {@code from} to {@code to} inclusive, e.g. 年末年始 12/29-1/3 or a
 * 市制記念日. A {@code from} later in the year than {@code to} wraps over the new year.
 */
public record Closure(MonthDay from, MonthDay to, String name) {

    public Closure {
        Require.present(from, "from");
        Require.present(to, "to");
        Require.text(name, "name");
    }

    /** A closure of a single day. */
    public static Closure on(MonthDay day, String name) {
        return new Closure(day, day, name);
    }

    public boolean wrapsNewYear() {
        return from.isAfter(to);
    }

    public boolean contains(LocalDate date) {
        MonthDay day = MonthDay.from(date);
        boolean fromReached = !day.isBefore(from);
        boolean toNotPassed = !day.isAfter(to);
        return wrapsNewYear() ? fromReached || toNotPassed : fromReached && toNotPassed;
    }
}
