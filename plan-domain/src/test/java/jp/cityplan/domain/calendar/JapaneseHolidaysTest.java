package jp.cityplan.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Japanese national holidays (国民の祝日・休日)")
class JapaneseHolidaysTest {

    private final JapaneseHolidays holidays = new JapaneseHolidays();

    /** Each entry is "yyyy-mm-dd name", as the Cabinet Office lists them. */
    private static List<Holiday> expected(String... entries) {
        return Arrays.stream(entries)
                .map(entry -> new Holiday(LocalDate.parse(entry.substring(0, 10)), entry.substring(11)))
                .toList();
    }

    @Nested
    @DisplayName("match the Cabinet Office list")
    class OfficialLists {

        @Test
        void of_2019_with_the_enthronement_days_and_no_emperors_birthday() {
            assertThat(holidays.holidaysIn(2019)).containsExactlyElementsOf(expected(
                    "2019-01-01 元日",
                    "2019-01-14 成人の日",
                    "2019-02-11 建国記念の日",
                    "2019-03-21 春分の日",
                    "2019-04-29 昭和の日",
                    "2019-04-30 国民の休日",
                    "2019-05-01 天皇の即位の日",
                    "2019-05-02 国民の休日",
                    "2019-05-03 憲法記念日",
                    "2019-05-04 みどりの日",
                    "2019-05-05 こどもの日",
                    "2019-05-06 振替休日",
                    "2019-07-15 海の日",
                    "2019-08-11 山の日",
                    "2019-08-12 振替休日",
                    "2019-09-16 敬老の日",
                    "2019-09-23 秋分の日",
                    "2019-10-14 体育の日",
                    "2019-10-22 即位礼正殿の儀",
                    "2019-11-03 文化の日",
                    "2019-11-04 振替休日",
                    "2019-11-23 勤労感謝の日"));
        }

        @Test
        void of_2020_with_the_olympic_moves() {
            assertThat(holidays.holidaysIn(2020)).containsExactlyElementsOf(expected(
                    "2020-01-01 元日",
                    "2020-01-13 成人の日",
                    "2020-02-11 建国記念の日",
                    "2020-02-23 天皇誕生日",
                    "2020-02-24 振替休日",
                    "2020-03-20 春分の日",
                    "2020-04-29 昭和の日",
                    "2020-05-03 憲法記念日",
                    "2020-05-04 みどりの日",
                    "2020-05-05 こどもの日",
                    "2020-05-06 振替休日",
                    "2020-07-23 海の日",
                    "2020-07-24 スポーツの日",
                    "2020-08-10 山の日",
                    "2020-09-21 敬老の日",
                    "2020-09-22 秋分の日",
                    "2020-11-03 文化の日",
                    "2020-11-23 勤労感謝の日"));
        }

        @Test
        void of_2021_with_the_olympic_moves_and_the_substitute_for_mountain_day() {
            assertThat(holidays.holidaysIn(2021)).containsExactlyElementsOf(expected(
                    "2021-01-01 元日",
                    "2021-01-11 成人の日",
                    "2021-02-11 建国記念の日",
                    "2021-02-23 天皇誕生日",
                    "2021-03-20 春分の日",
                    "2021-04-29 昭和の日",
                    "2021-05-03 憲法記念日",
                    "2021-05-04 みどりの日",
                    "2021-05-05 こどもの日",
                    "2021-07-22 海の日",
                    "2021-07-23 スポーツの日",
                    "2021-08-08 山の日",
                    "2021-08-09 振替休日",
                    "2021-09-20 敬老の日",
                    "2021-09-23 秋分の日",
                    "2021-11-03 文化の日",
                    "2021-11-23 勤労感謝の日"));
        }

        @Test
        void of_2025() {
            assertThat(holidays.holidaysIn(2025)).containsExactlyElementsOf(expected(
                    "2025-01-01 元日",
                    "2025-01-13 成人の日",
                    "2025-02-11 建国記念の日",
                    "2025-02-23 天皇誕生日",
                    "2025-02-24 振替休日",
                    "2025-03-20 春分の日",
                    "2025-04-29 昭和の日",
                    "2025-05-03 憲法記念日",
                    "2025-05-04 みどりの日",
                    "2025-05-05 こどもの日",
                    "2025-05-06 振替休日",
                    "2025-07-21 海の日",
                    "2025-08-11 山の日",
                    "2025-09-15 敬老の日",
                    "2025-09-23 秋分の日",
                    "2025-10-13 スポーツの日",
                    "2025-11-03 文化の日",
                    "2025-11-23 勤労感謝の日",
                    "2025-11-24 振替休日"));
        }

        @Test
        void of_2026_with_a_citizens_holiday_in_september() {
            assertThat(holidays.holidaysIn(2026)).containsExactlyElementsOf(expected(
                    "2026-01-01 元日",
                    "2026-01-12 成人の日",
                    "2026-02-11 建国記念の日",
                    "2026-02-23 天皇誕生日",
                    "2026-03-20 春分の日",
                    "2026-04-29 昭和の日",
                    "2026-05-03 憲法記念日",
                    "2026-05-04 みどりの日",
                    "2026-05-05 こどもの日",
                    "2026-05-06 振替休日",
                    "2026-07-20 海の日",
                    "2026-08-11 山の日",
                    "2026-09-21 敬老の日",
                    "2026-09-22 国民の休日",
                    "2026-09-23 秋分の日",
                    "2026-10-12 スポーツの日",
                    "2026-11-03 文化の日",
                    "2026-11-23 勤労感謝の日"));
        }
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "1988-04-29, 天皇誕生日",
        "1989-04-29, みどりの日",
        "1989-12-23, 天皇誕生日",
        "2018-12-23, 天皇誕生日",
        "2006-04-29, みどりの日",
        "2007-04-29, 昭和の日",
        "2007-05-04, みどりの日",
        "1996-07-20, 海の日",
        "2002-07-20, 海の日",
        "2003-07-21, 海の日",
        "2002-09-15, 敬老の日",
        "2003-09-15, 敬老の日",
        "2004-09-20, 敬老の日",
        "1999-01-15, 成人の日",
        "2000-01-10, 成人の日",
        "1999-10-10, 体育の日",
        "2000-10-09, 体育の日",
        "2022-10-10, スポーツの日",
        "2016-08-11, 山の日",
        "1967-02-11, 建国記念の日",
        "1966-09-15, 敬老の日",
        "1966-10-10, 体育の日"
    })
    void each_holiday_follows_the_law_in_force_that_year(LocalDate date, String name) {
        assertThat(holidays.nameOf(date)).contains(name);
    }

    @ParameterizedTest(name = "{0} is an ordinary day")
    @ValueSource(strings = {
        "2019-12-23",  // 天皇誕生日 left December 23 with the abdication
        "2019-02-23",  // and came back on February 23 only in 2020
        "1988-12-23",
        "2015-08-11",  // 山の日 starts in 2016
        "1995-07-20",  // 海の日 starts in 1996
        "2004-09-15",  // 敬老の日 is the 3rd Monday (9/20) from 2003
        "2000-01-15",  // 成人の日 is the 2nd Monday (1/10) from 2000
        "2020-10-12",  // スポーツの日 2020 moved to July 24
        "2021-10-11",  // スポーツの日 2021 moved to July 23
        "2021-07-19",  // 海の日 2021 moved to July 22
        "2021-08-11",  // 山の日 2021 moved to August 8
        "1966-02-11"   // 建国記念の日 starts in 1967
    })
    void days_a_holiday_left_or_had_not_reached_yet_are_ordinary_days(LocalDate date) {
        assertThat(holidays.isHoliday(date)).isFalse();
        assertThat(holidays.nameOf(date)).isEmpty();
    }

    @Nested
    @DisplayName("振替休日")
    class SubstituteHoliday {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"2025-11-24", "2024-02-12", "2024-09-23", "1973-04-30", "1987-05-04", "2019-08-12"})
        void follows_a_national_holiday_on_a_sunday(LocalDate monday) {
            assertThat(holidays.nameOf(monday)).contains("振替休日");
        }

        @Test
        void was_not_given_before_the_law_of_april_12_1973() {
            // 1973-02-11 建国記念の日 and 1973-04-29 天皇誕生日 were both Sundays
            assertThat(holidays.isHoliday(LocalDate.of(1973, 2, 12))).isFalse();
            assertThat(holidays.nameOf(LocalDate.of(1973, 4, 30))).contains("振替休日");
            // 1970-05-03 憲法記念日 was a Sunday too
            assertThat(holidays.isHoliday(LocalDate.of(1970, 5, 4))).isFalse();
        }

        @Test
        void moves_past_the_following_holidays_since_2007() {
            // 2008: 5/4 みどりの日 falls on Sunday; 5/5 is こどもの日, so the day off is 5/6
            assertThat(holidays.nameOf(LocalDate.of(2008, 5, 5))).contains("こどもの日");
            assertThat(holidays.nameOf(LocalDate.of(2008, 5, 6))).contains("振替休日");
            // 2026: 5/3 憲法記念日 falls on Sunday; the day off skips 5/4 and 5/5
            assertThat(holidays.nameOf(LocalDate.of(2026, 5, 6))).contains("振替休日");
        }
    }

    @Nested
    @DisplayName("国民の休日")
    class CitizensHoliday {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"1988-05-04", "2006-05-04", "2009-09-22", "2015-09-22", "2026-09-22", "2032-09-21"})
        void is_a_day_between_two_national_holidays(LocalDate day) {
            assertThat(holidays.nameOf(day)).contains("国民の休日");
        }

        @Test
        void did_not_exist_before_the_1985_amendment() {
            // 5/4/1983 was a Wednesday between 憲法記念日 and こどもの日
            assertThat(holidays.isHoliday(LocalDate.of(1983, 5, 4))).isFalse();
        }

        @Test
        void was_not_given_on_a_sunday_nor_over_a_substitute_holiday_before_2007() {
            assertThat(holidays.isHoliday(LocalDate.of(1986, 5, 4))).isFalse();  // a Sunday
            assertThat(holidays.nameOf(LocalDate.of(1987, 5, 4))).contains("振替休日");
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "1959-04-10, 皇太子明仁親王の結婚の儀",
        "1989-02-24, 昭和天皇の大喪の礼",
        "1990-11-12, 即位礼正殿の儀",
        "1993-06-09, 皇太子徳仁親王の結婚の儀",
        "2019-05-01, 天皇の即位の日",
        "2019-10-22, 即位礼正殿の儀"
    })
    void the_days_off_of_special_laws_are_holidays_of_their_year_only(LocalDate date, String name) {
        assertThat(holidays.nameOf(date)).contains(name);
        assertThat(holidays.isHoliday(date.plusYears(1))).isFalse();
    }

    @Test
    void a_year_lists_its_days_in_order_and_only_its_own() {
        for (int year = 1949; year <= 2099; year++) {
            int y = year;
            List<Holiday> list = holidays.holidaysIn(year);
            assertThat(list).isSortedAccordingTo(Holiday::compareTo)
                    .allSatisfy(holiday -> assertThat(holiday.date().getYear()).isEqualTo(y))
                    .hasSizeBetween(9, 22);
        }
    }

    @Test
    void is_holiday_agrees_with_the_years_list() {
        List<Holiday> list = holidays.holidaysIn(2026);
        long counted = LocalDate.of(2026, 1, 1).datesUntil(LocalDate.of(2027, 1, 1))
                .filter(holidays::isHoliday)
                .count();
        assertThat(counted).isEqualTo(list.size());
    }

    @ParameterizedTest
    @ValueSource(ints = {1948, 2100})
    void years_outside_1949_to_2099_are_refused(int year) {
        assertThatThrownBy(() -> holidays.holidaysIn(year))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(Integer.toString(year))
                .hasMessageContaining("outside 1949-2099");
        assertThatThrownBy(() -> holidays.isHoliday(LocalDate.of(year, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
