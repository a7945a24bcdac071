package jp.cityplan.domain.calendar;

import java.time.LocalDate;
import jp.cityplan.domain.shared.Require;

/** A day off under the 祝日法 or a special law, with the name the Cabinet Office gives it, e.g. 憲法記念日 or 振替休日. */
public record Holiday(LocalDate date, String name) implements Comparable<Holiday> {

    public Holiday {
        Require.present(date, "date");
        Require.text(name, "name");
    }

    @Override
    public int compareTo(Holiday other) {
        return date.compareTo(other.date);
    }

    @Override
    public String toString() {
        return date + " " + name;
    }
}
