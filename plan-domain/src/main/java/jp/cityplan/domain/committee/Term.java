package jp.cityplan.domain.committee;

import java.time.LocalDate;
import java.time.Period;
import jp.cityplan.domain.shared.Require;

/** A term of office (任期): from its first to its last day, both inclusive. */
public record Term(LocalDate startsOn, LocalDate endsOn) {

    public Term {
        Require.present(startsOn, "term start");
        Require.present(endsOn, "term end");
        if (endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("term ends on " + endsOn + " before it starts on " + startsOn);
        }
    }

    /** The term of the given length that starts on the given day, e.g. 2 years from April 1 end on March 31. */
    public static Term starting(LocalDate startsOn, Period length) {
        Require.present(length, "term length");
        return new Term(startsOn, startsOn.plus(length).minusDays(1));
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    /** The term that follows this one with the same length. */
    public Term next(Period length) {
        return starting(endsOn.plusDays(1), length);
    }
}
