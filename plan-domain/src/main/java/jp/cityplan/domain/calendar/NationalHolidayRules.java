package jp.cityplan.domain.calendar;

import static java.time.Month.APRIL;
import static java.time.Month.AUGUST;
import static java.time.Month.DECEMBER;
import static java.time.Month.FEBRUARY;
import static java.time.Month.JANUARY;
import static java.time.Month.JULY;
import static java.time.Month.MAY;
import static java.time.Month.NOVEMBER;
import static java.time.Month.OCTOBER;
import static java.time.Month.SEPTEMBER;
import static jp.cityplan.domain.calendar.HolidayDate.autumnalEquinox;
import static jp.cityplan.domain.calendar.HolidayDate.fixed;
import static jp.cityplan.domain.calendar.HolidayDate.nthMonday;
import static jp.cityplan.domain.calendar.HolidayDate.vernalEquinox;
import static jp.cityplan.domain.calendar.HolidayRule.between;
import static jp.cityplan.domain.calendar.HolidayRule.once;
import static jp.cityplan.domain.calendar.HolidayRule.since;

import java.time.LocalDate;
import java.util.List;

/**
 * The 国民の祝日 of 国民の祝日に関する法律 (1948) with its amendments, and the days special laws made or moved.
 * 振替休日 and 国民の休日 follow from these and are derived in {@link JapaneseHolidays}.
 */
final class NationalHolidayRules {

    static final List<HolidayRule> ALL = List.of(
            since("元日", 1949, fixed(JANUARY, 1)),
            between("成人の日", 1949, 1999, fixed(JANUARY, 15)),
            since("成人の日", 2000, nthMonday(JANUARY, 2)),
            since("建国記念の日", 1967, fixed(FEBRUARY, 11)),
            between("天皇誕生日", 1949, 1988, fixed(APRIL, 29)),
            between("天皇誕生日", 1989, 2018, fixed(DECEMBER, 23)),
            since("天皇誕生日", 2020, fixed(FEBRUARY, 23)),
            since("春分の日", 1949, vernalEquinox()),
            between("みどりの日", 1989, 2006, fixed(APRIL, 29)),
            since("昭和の日", 2007, fixed(APRIL, 29)),
            since("憲法記念日", 1949, fixed(MAY, 3)),
            since("みどりの日", 2007, fixed(MAY, 4)),
            since("こどもの日", 1949, fixed(MAY, 5)),
            between("海の日", 1996, 2002, fixed(JULY, 20)),
            between("海の日", 2003, 2019, nthMonday(JULY, 3)),
            since("海の日", 2022, nthMonday(JULY, 3)),
            between("山の日", 2016, 2019, fixed(AUGUST, 11)),
            since("山の日", 2022, fixed(AUGUST, 11)),
            between("敬老の日", 1966, 2002, fixed(SEPTEMBER, 15)),
            since("敬老の日", 2003, nthMonday(SEPTEMBER, 3)),
            since("秋分の日", 1949, autumnalEquinox()),
            between("体育の日", 1966, 1999, fixed(OCTOBER, 10)),
            between("体育の日", 2000, 2019, nthMonday(OCTOBER, 2)),
            since("スポーツの日", 2022, nthMonday(OCTOBER, 2)),
            since("文化の日", 1949, fixed(NOVEMBER, 3)),
            since("勤労感謝の日", 1949, fixed(NOVEMBER, 23)),

            // 東京オリンピック・パラリンピック特別措置法: three holidays moved in 2020 and again in 2021
            once("海の日", LocalDate.of(2020, 7, 23)),
            once("スポーツの日", LocalDate.of(2020, 7, 24)),
            once("山の日", LocalDate.of(2020, 8, 10)),
            once("海の日", LocalDate.of(2021, 7, 22)),
            once("スポーツの日", LocalDate.of(2021, 7, 23)),
            once("山の日", LocalDate.of(2021, 8, 8)),

            // 皇室の儀式: one-off days off, each by its own law
            once("皇太子明仁親王の結婚の儀", LocalDate.of(1959, 4, 10)),
            once("昭和天皇の大喪の礼", LocalDate.of(1989, 2, 24)),
            once("即位礼正殿の儀", LocalDate.of(1990, 11, 12)),
            once("皇太子徳仁親王の結婚の儀", LocalDate.of(1993, 6, 9)),
            once("天皇の即位の日", LocalDate.of(2019, 5, 1)),
            once("即位礼正殿の儀", LocalDate.of(2019, 10, 22)));

    private NationalHolidayRules() {
    }
}
