package jp.cityplan.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("A closure of a city office")
class ClosureTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "2025-12-28, false",
        "2025-12-29, true",
        "2025-12-31, true",
        "2026-01-01, true",
        "2026-01-03, true",
        "2026-01-04, false",
        "2026-06-15, false"
    })
    void over_the_new_year_covers_both_ends_and_nothing_between_them(LocalDate date, boolean closed) {
        assertThat(BusinessCalendar.YEAR_END_HOLIDAYS.wrapsNewYear()).isTrue();
        assertThat(BusinessCalendar.YEAR_END_HOLIDAYS.contains(date)).isEqualTo(closed);
    }

    @Test
    void within_a_year_covers_its_first_and_last_day_only_between_them() {
        Closure obon = new Closure(MonthDay.of(8, 13), MonthDay.of(8, 15), "お盆");

        assertThat(obon.wrapsNewYear()).isFalse();
        assertThat(obon.contains(LocalDate.of(2026, 8, 12))).isFalse();
        assertThat(obon.contains(LocalDate.of(2026, 8, 13))).isTrue();
        assertThat(obon.contains(LocalDate.of(2026, 8, 15))).isTrue();
        assertThat(obon.contains(LocalDate.of(2026, 8, 16))).isFalse();
    }

    @Test
    void of_one_day_covers_that_day_every_year() {
        Closure foundingDay = Closure.on(MonthDay.of(10, 1), "市制記念日");

        assertThat(foundingDay.contains(LocalDate.of(2026, 10, 1))).isTrue();
        assertThat(foundingDay.contains(LocalDate.of(2031, 10, 1))).isTrue();
        assertThat(foundingDay.contains(LocalDate.of(2026, 10, 2))).isFalse();
    }

    @Test
    void without_a_name_or_an_end_is_refused() {
        assertThatThrownBy(() -> new Closure(MonthDay.of(8, 13), MonthDay.of(8, 15), ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("name must not be blank");
        assertThatThrownBy(() -> new Closure(MonthDay.of(8, 13), null, "お盆"))
                .hasMessageContaining("to must be present");
    }
}
