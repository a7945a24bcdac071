package jp.cityplan.app.adapter.in.web.proposal;

import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;

/** Dates as people in Japan read them: 令和8年5月22日, and 令和元年5月1日 for the first year of an era. */
final class JapaneseDates {

    private JapaneseDates() {
    }

    static String format(LocalDate date) {
        if (date == null) {
            return null;
        }
        JapaneseDate japanese = JapaneseDate.from(date);
        int yearOfEra = japanese.get(ChronoField.YEAR_OF_ERA);
        String era = ((JapaneseEra) japanese.getEra()).getDisplayName(TextStyle.FULL, Locale.JAPAN);
        return era + (yearOfEra == 1 ? "元" : Integer.toString(yearOfEra)) + "年"
                + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
