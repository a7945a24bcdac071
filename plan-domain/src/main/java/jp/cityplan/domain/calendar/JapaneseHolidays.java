package jp.cityplan.domain.calendar;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import jp.cityplan.domain.shared.Require;

/**
 * Japan's national days off for 1949-2099, computed from the rules of 国民の祝日に関する法律 and the special laws:
 * the 国民の祝日 themselves, 振替休日 and 国民の休日. Each year is worked out once and kept; safe to share.
 */
public final class JapaneseHolidays {

    public static final int FIRST_YEAR = 1949;
    /** The last year the equinox approximation holds for. */
    public static final int LAST_YEAR = Equinox.LAST_YEAR;

    private final Map<Integer, NavigableMap<LocalDate, Holiday>> byYear = new ConcurrentHashMap<>();

    /** The day's holiday name, e.g. 「憲法記念日」, 「振替休日」 or 「国民の休日」; empty on other days. */
    public Optional<String> nameOf(LocalDate date) {
        Require.present(date, "date");
        return Optional.ofNullable(daysOff(date.getYear()).get(date)).map(Holiday::name);
    }

    public boolean isHoliday(LocalDate date) {
        Require.present(date, "date");
        return daysOff(date.getYear()).containsKey(date);
    }

    /** The year's days off in date order. */
    public List<Holiday> holidaysIn(int year) {
        return List.copyOf(daysOff(year).values());
    }

    private NavigableMap<LocalDate, Holiday> daysOff(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("holiday year " + year + " is outside " + FIRST_YEAR + "-" + LAST_YEAR);
        }
        return byYear.computeIfAbsent(year, JapaneseHolidays::compute);
    }

    private static NavigableMap<LocalDate, Holiday> compute(int year) {
        NavigableMap<LocalDate, Holiday> days = new TreeMap<>();
        for (HolidayRule rule : NationalHolidayRules.ALL) {
            rule.in(year).ifPresent(holiday -> {
                Holiday clash = days.putIfAbsent(holiday.date(), holiday);
                if (clash != null) {
                    throw new IllegalStateException("two national holidays on one day: " + clash + ", " + holiday);
                }
            });
        }
        Set<LocalDate> nationalHolidays = Set.copyOf(days.keySet());
        SortedSet<LocalDate> substitutes = SubstituteHolidays.owedFor(nationalHolidays);
        substitutes.forEach(day -> days.put(day, new Holiday(day, SubstituteHolidays.NAME)));
        CitizensHolidays.between(nationalHolidays, substitutes)
                .forEach(day -> days.put(day, new Holiday(day, CitizensHolidays.NAME)));
        return Collections.unmodifiableNavigableMap(days);
    }
}
