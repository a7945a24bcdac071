package jp.cityplan.domain.shared;

import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * Dates as people in Japan read them: 令和8年5月22日, the first year of an era as 元年 (令和元年5月1日), and in letters
 * with the day of the week: 令和8年4月21日（火）. Dates are stored as ISO dates; this is for showing them.
 */
public final class JapaneseDates {

    private JapaneseDates() {
    }

    public static String format(LocalDate date) {
        if (date == null) {
            return null;
        }
        JapaneseDate japanese = JapaneseDate.from(date);
        int yearOfEra = japanese.get(ChronoField.YEAR_OF_ERA);
        String era = japanese.getEra().getDisplayName(TextStyle.FULL, Locale.JAPAN);
        return era + (yearOfEra == 1 ? "元" : Integer.toString(yearOfEra)) + "年"
                + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    public static String formatWithDayOfWeek(LocalDate date) {
        if (date == null) {
            return null;
        }
        return format(date) + "（" + date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.JAPAN) + "）";
    }
}
