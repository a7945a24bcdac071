package jp.cityplan.domain.calendar;

import java.time.LocalDate;
import java.util.Optional;
import jp.cityplan.domain.shared.Require;

/** One holiday as a law defines it: its name, the years (inclusive) it is observed, and how its date is found. */
record HolidayRule(String name, int firstYear, int lastYear, HolidayDate date) {

    /** Marks a rule that still applies. */
    static final int STILL_IN_FORCE = 9999;

    HolidayRule {
        Require.text(name, "name");
        Require.present(date, "date");
        if (firstYear > lastYear) {
            throw new IllegalArgumentException(name + ": first year " + firstYear + " is after last year " + lastYear);
        }
    }

    static HolidayRule since(String name, int firstYear, HolidayDate date) {
        return new HolidayRule(name, firstYear, STILL_IN_FORCE, date);
    }

    static HolidayRule between(String name, int firstYear, int lastYear, HolidayDate date) {
        return new HolidayRule(name, firstYear, lastYear, date);
    }

    /** A holiday of one year only, set by a special law (特別法) or moved by one. */
    static HolidayRule once(String name, LocalDate date) {
        return new HolidayRule(name, date.getYear(), date.getYear(),
                HolidayDate.fixed(date.getMonth(), date.getDayOfMonth()));
    }

    Optional<Holiday> in(int year) {
        if (year < firstYear || year > lastYear) {
            return Optional.empty();
        }
        return Optional.of(new Holiday(date.in(year), name));
    }
}
