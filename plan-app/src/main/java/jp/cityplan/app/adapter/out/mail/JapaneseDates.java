package jp.cityplan.app.adapter.out.mail;

import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;

/** Dates as people read them in letters from the city: 令和8年4月21日（火）, the first year of an era as 元年. */
final class JapaneseDates {

    private JapaneseDates() {
    }

    static String format(LocalDate date) {
        JapaneseDate japanese = JapaneseDate.from(date);
        String era = japanese.getEra().getDisplayName(TextStyle.FULL, Locale.JAPAN);
        int yearOfEra = japanese.get(ChronoField.YEAR_OF_ERA);
        String year = yearOfEra == 1 ? "元" : Integer.toString(yearOfEra);
        String dayOfWeek = date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.JAPAN);
        return era + year + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日（" + dayOfWeek + "）";
    }
}
