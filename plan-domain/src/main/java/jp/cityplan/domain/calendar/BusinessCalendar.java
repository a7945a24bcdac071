package jp.cityplan.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import jp.cityplan.domain.shared.Require;

/**
 * The days a city office is open (開庁日): every day except the closed weekdays, the national holidays of
 * {@link JapaneseHolidays} and the {@link Closure closures}. Counting leaves out the day it starts from
 * (初日不算入, 民法 第140条): one business day after a Friday is the next open Monday.
 */
public record BusinessCalendar(Set<DayOfWeek> closedWeekdays, List<Closure> closures) {

    /** 年末年始: December 29 to January 3. */
    public static final Closure YEAR_END_HOLIDAYS = new Closure(MonthDay.of(12, 29), MonthDay.of(1, 3), "年末年始");

    public static final Set<DayOfWeek> WEEKEND = Collections.unmodifiableSet(
            EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));

    private static final JapaneseHolidays NATIONAL_HOLIDAYS = new JapaneseHolidays();

    /** No office is closed a whole year in a row; a longer search means closures that leave no open day. */
    private static final int LONGEST_CLOSED_RUN = 366;

    public BusinessCalendar {
        Require.present(closedWeekdays, "closedWeekdays");
        if (closedWeekdays.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("closedWeekdays must not contain empty entries");
        }
        EnumSet<DayOfWeek> closed = EnumSet.noneOf(DayOfWeek.class);
        closed.addAll(closedWeekdays);
        if (closed.size() == DayOfWeek.values().length) {
            throw new IllegalArgumentException("closedWeekdays must leave at least one weekday open");
        }
        closedWeekdays = Collections.unmodifiableSet(closed);
        closures = Require.list(closures, "closures");
    }

    /** The usual 市役所 calendar plus the city's own closures, e.g. a 市制記念日. */
    public BusinessCalendar(List<Closure> extraClosures) {
        this(WEEKEND, withYearEnd(extraClosures));
    }

    /** The usual 市役所 calendar: closed on Saturdays, Sundays, national holidays and 年末年始. */
    public static BusinessCalendar japaneseCityOffice() {
        return new BusinessCalendar(List.of());
    }

    public boolean isBusinessDay(LocalDate date) {
        Require.present(date, "date");
        return !closedWeekdays.contains(date.getDayOfWeek())
                && !NATIONAL_HOLIDAYS.isHoliday(date)
                && closures.stream().noneMatch(closure -> closure.contains(date));
    }

    /** The {@code days}-th business day after {@code start}; {@code start} itself for 0, open or not. */
    public LocalDate addBusinessDays(LocalDate start, int days) {
        return step(start, days, 1);
    }

    /** The {@code days}-th business day before {@code start}; {@code start} itself for 0, open or not. */
    public LocalDate subtractBusinessDays(LocalDate start, int days) {
        return step(start, days, -1);
    }

    /** How many business days lie after {@code fromExclusive} up to and including {@code toInclusive}. */
    public int businessDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        Require.present(fromExclusive, "fromExclusive");
        Require.present(toInclusive, "toInclusive");
        if (toInclusive.isBefore(fromExclusive)) {
            throw new IllegalArgumentException(
                    "toInclusive " + toInclusive + " is before fromExclusive " + fromExclusive);
        }
        int count = 0;
        for (LocalDate day = fromExclusive.plusDays(1); !day.isAfter(toInclusive); day = day.plusDays(1)) {
            if (isBusinessDay(day)) {
                count++;
            }
        }
        return count;
    }

    private LocalDate step(LocalDate start, int days, int direction) {
        Require.present(start, "start");
        if (days < 0) {
            throw new IllegalArgumentException("days " + days + " must not be negative");
        }
        LocalDate day = start;
        for (int counted = 0; counted < days; counted++) {
            day = nextBusinessDay(day, direction);
        }
        return day;
    }

    private LocalDate nextBusinessDay(LocalDate from, int direction) {
        LocalDate day = from;
        for (int tried = 0; tried < LONGEST_CLOSED_RUN; tried++) {
            day = day.plusDays(direction);
            if (isBusinessDay(day)) {
                return day;
            }
        }
        throw new IllegalStateException("no business day within " + LONGEST_CLOSED_RUN + " days of " + from);
    }

    private static List<Closure> withYearEnd(List<Closure> extraClosures) {
        List<Closure> all = new ArrayList<>();
        all.add(YEAR_END_HOLIDAYS);
        all.addAll(Require.list(extraClosures, "extraClosures"));
        return all;
    }
}
