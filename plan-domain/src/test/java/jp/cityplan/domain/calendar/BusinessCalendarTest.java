package jp.cityplan.domain.calendar;

import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("A city office business calendar (開庁日)")
class BusinessCalendarTest {

    private final BusinessCalendar office = BusinessCalendar.japaneseCityOffice();

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @Nested
    @DisplayName("is open")
    class OpenDays {

        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource({
            "2026-01-09, true",   // Friday
            "2026-01-10, false",  // Saturday
            "2026-01-11, false",  // Sunday
            "2026-01-12, false",  // 成人の日
            "2025-11-24, false",  // 振替休日
            "2024-02-12, false",  // 振替休日
            "2026-09-22, false",  // 国民の休日
            "2025-12-26, true",
            "2025-12-29, false",  // 年末年始
            "2025-12-31, false",
            "2026-01-02, false",
            "2026-01-05, true",
            "2026-05-01, true"
        })
        void on_weekdays_that_are_neither_holidays_nor_year_end(LocalDate date, boolean open) {
            assertThat(office.isBusinessDay(date)).isEqualTo(open);
        }
    }

    @Nested
    @DisplayName("counts business days")
    class Counting {

        @Test
        void over_golden_week_2026() {
            // 4/29 昭和の日, 5/2-5/3 weekend, 5/4 みどりの日, 5/5 こどもの日, 5/6 振替休日
            assertThat(office.addBusinessDays(date("2026-04-28"), 2)).isEqualTo(date("2026-05-01"));
            assertThat(office.addBusinessDays(date("2026-04-28"), 3)).isEqualTo(date("2026-05-07"));
            assertThat(office.businessDaysBetween(date("2026-04-24"), date("2026-05-08"))).isEqualTo(6);
        }

        @Test
        void over_golden_week_2025() {
            // 4/29 昭和の日, 5/3-5/4 weekend and holidays, 5/5 こどもの日, 5/6 振替休日
            assertThat(office.addBusinessDays(date("2025-04-28"), 3)).isEqualTo(date("2025-05-02"));
            assertThat(office.addBusinessDays(date("2025-05-02"), 1)).isEqualTo(date("2025-05-07"));
            assertThat(office.businessDaysBetween(date("2025-04-25"), date("2025-05-09"))).isEqualTo(7);
        }

        @Test
        void past_a_substitute_holiday() {
            assertThat(office.addBusinessDays(date("2025-11-21"), 1)).isEqualTo(date("2025-11-25"));
            assertThat(office.addBusinessDays(date("2024-02-09"), 1)).isEqualTo(date("2024-02-13"));
        }

        @Test
        void over_the_year_end_closure() {
            assertThat(office.addBusinessDays(date("2025-12-26"), 1)).isEqualTo(date("2026-01-05"));
            assertThat(office.subtractBusinessDays(date("2026-01-05"), 1)).isEqualTo(date("2025-12-26"));
            assertThat(office.businessDaysBetween(date("2025-12-26"), date("2026-01-05"))).isEqualTo(1);
        }

        @Test
        void from_a_closed_day_as_from_any_other() {
            assertThat(office.addBusinessDays(date("2026-01-03"), 1)).isEqualTo(date("2026-01-05"));
            assertThat(office.subtractBusinessDays(date("2026-01-03"), 1)).isEqualTo(date("2025-12-26"));
        }

        @Test
        void zero_days_as_the_start_itself_even_when_closed() {
            assertThat(office.addBusinessDays(date("2026-01-01"), 0)).isEqualTo(date("2026-01-01"));
            assertThat(office.subtractBusinessDays(date("2026-01-01"), 0)).isEqualTo(date("2026-01-01"));
            assertThat(office.businessDaysBetween(date("2026-01-01"), date("2026-01-01"))).isZero();
        }

        @Test
        void so_that_adding_subtracting_and_counting_agree() {
            for (LocalDate start = date("2025-01-01"); start.isBefore(date("2027-01-01")); start = start.plusDays(1)) {
                for (int days : new int[] {1, 5, 14}) {
                    LocalDate end = office.addBusinessDays(start, days);
                    assertThat(office.isBusinessDay(end)).isTrue();
                    assertThat(office.businessDaysBetween(start, end)).isEqualTo(days);
                    if (office.isBusinessDay(start)) {
                        assertThat(office.subtractBusinessDays(end, days)).isEqualTo(start);
                    }
                }
            }
        }

        @Test
        void a_whole_year_as_the_weekdays_less_the_holidays_and_year_end_on_weekdays() {
            // 2026: 261 weekdays; 17 holidays on weekdays (all 18 but Sunday 5/3); 年末年始 weekdays 12/29-12/31 and 1/2
            // (1/1 is 元日 already)
            assertThat(office.businessDaysBetween(date("2025-12-31"), date("2026-12-31"))).isEqualTo(261 - 17 - 4);
        }
    }

    @Nested
    @DisplayName("can be set up for a city")
    class Configuration {

        private final Closure foundingDay = Closure.on(MonthDay.of(10, 1), "市制記念日");

        @Test
        void with_its_own_closures_on_top_of_the_year_end() {
            BusinessCalendar city = new BusinessCalendar(List.of(foundingDay));

            assertThat(office.isBusinessDay(date("2026-10-01"))).isTrue();
            assertThat(city.isBusinessDay(date("2026-10-01"))).isFalse();
            assertThat(city.addBusinessDays(date("2026-09-30"), 1)).isEqualTo(date("2026-10-02"));
            assertThat(city.isBusinessDay(date("2025-12-30"))).isFalse();
            assertThat(city.closures()).containsExactly(BusinessCalendar.YEAR_END_HOLIDAYS, foundingDay);
        }

        @Test
        void with_other_closed_weekdays() {
            BusinessCalendar openOnSaturdays = new BusinessCalendar(
                    EnumSet.of(SUNDAY), List.of(BusinessCalendar.YEAR_END_HOLIDAYS));

            assertThat(openOnSaturdays.isBusinessDay(date("2026-01-10"))).isTrue();
            assertThat(openOnSaturdays.addBusinessDays(date("2026-01-09"), 1)).isEqualTo(date("2026-01-10"));
            assertThat(openOnSaturdays.isBusinessDay(date("2026-01-12"))).isFalse();  // 成人の日 stays closed
        }

        @Test
        void without_the_year_end_closure_when_given_all_closures_itself() {
            BusinessCalendar noYearEnd = new BusinessCalendar(BusinessCalendar.WEEKEND, List.of());

            assertThat(noYearEnd.isBusinessDay(date("2025-12-29"))).isTrue();
            assertThat(noYearEnd.isBusinessDay(date("2026-01-01"))).isFalse();  // 元日 is a national holiday
        }

        @Test
        void and_the_default_is_weekends_holidays_and_year_end() {
            assertThat(office.closedWeekdays()).containsExactlyInAnyOrder(SATURDAY, SUNDAY);
            assertThat(office.closures()).containsExactly(BusinessCalendar.YEAR_END_HOLIDAYS);
            assertThat(office).isEqualTo(new BusinessCalendar(List.of()));
        }

        @Test
        void and_keeps_its_settings_unchangeable() {
            assertThatThrownBy(() -> office.closedWeekdays().add(DayOfWeek.MONDAY))
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> office.closures().add(foundingDay))
                    .isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Nested
    @DisplayName("refuses")
    class Refusals {

        @ParameterizedTest
        @ValueSource(ints = {-1, -14})
        void a_negative_number_of_days(int days) {
            assertThatThrownBy(() -> office.addBusinessDays(date("2026-01-05"), days))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("must not be negative");
            assertThatThrownBy(() -> office.subtractBusinessDays(date("2026-01-05"), days))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void a_count_that_ends_before_it_starts() {
            assertThatThrownBy(() -> office.businessDaysBetween(date("2026-01-05"), date("2026-01-04")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("is before fromExclusive");
        }

        @Test
        void closing_every_weekday() {
            assertThatThrownBy(() -> new BusinessCalendar(Set.copyOf(Arrays.asList(DayOfWeek.values())), List.of()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("at least one weekday open");
        }

        @Test
        void to_search_forever_when_the_closures_cover_the_whole_year() {
            BusinessCalendar neverOpen = new BusinessCalendar(
                    List.of(new Closure(MonthDay.of(1, 1), MonthDay.of(12, 31), "休庁")));

            assertThatThrownBy(() -> neverOpen.addBusinessDays(date("2026-01-05"), 1))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("no business day within 366 days of 2026-01-05");
        }
    }
}
