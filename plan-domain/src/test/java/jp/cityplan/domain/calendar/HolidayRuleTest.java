package jp.cityplan.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Month;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A holiday rule")
class HolidayRuleTest {

    @Test
    void gives_its_date_only_in_the_years_it_is_in_force() {
        HolidayRule greeneryDay = HolidayRule.between("みどりの日", 1989, 2006, HolidayDate.fixed(Month.APRIL, 29));

        assertThat(greeneryDay.in(1988)).isEmpty();
        assertThat(greeneryDay.in(1989)).contains(new Holiday(LocalDate.of(1989, 4, 29), "みどりの日"));
        assertThat(greeneryDay.in(2006)).contains(new Holiday(LocalDate.of(2006, 4, 29), "みどりの日"));
        assertThat(greeneryDay.in(2007)).isEmpty();
    }

    @Test
    void of_a_single_day_applies_in_that_year_only() {
        HolidayRule funeral = HolidayRule.once("昭和天皇の大喪の礼", LocalDate.of(1989, 2, 24));

        assertThat(funeral.in(1989)).map(Holiday::date).contains(LocalDate.of(1989, 2, 24));
        assertThat(funeral.in(1990)).isEmpty();
    }

    @Test
    void finds_the_nth_monday_of_a_month() {
        assertThat(HolidayDate.nthMonday(Month.JANUARY, 2).in(2026)).isEqualTo(LocalDate.of(2026, 1, 12));
        assertThat(HolidayDate.nthMonday(Month.JULY, 3).in(2025)).isEqualTo(LocalDate.of(2025, 7, 21));
    }

    @Test
    void whose_first_year_is_after_its_last_is_refused() {
        assertThatThrownBy(() -> HolidayRule.between("山の日", 2020, 2016, HolidayDate.fixed(Month.AUGUST, 11)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("first year 2020 is after last year 2016");
    }

    @Test
    void without_a_name_is_refused() {
        assertThatThrownBy(() -> HolidayRule.since(" ", 2016, HolidayDate.fixed(Month.AUGUST, 11)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("name must not be blank");
    }
}
