package jp.cityplan.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Month;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The equinox days (春分日・秋分日)")
class EquinoxTest {

    @ParameterizedTest(name = "{0}: 春分 {1}, 秋分 {2}")
    @CsvSource({
        "1971, 1971-03-21, 1971-09-24",
        "1979, 1979-03-21, 1979-09-24",
        "1980, 1980-03-20, 1980-09-23",
        "2012, 2012-03-20, 2012-09-22",
        "2019, 2019-03-21, 2019-09-23",
        "2020, 2020-03-20, 2020-09-22",
        "2024, 2024-03-20, 2024-09-22",
        "2025, 2025-03-20, 2025-09-23",
        "2026, 2026-03-20, 2026-09-23",
        "2027, 2027-03-21, 2027-09-23",
        "2030, 2030-03-20, 2030-09-23",
        "2044, 2044-03-20, 2044-09-22",
        "2050, 2050-03-20, 2050-09-23"
    })
    void follow_the_published_days(int year, LocalDate vernal, LocalDate autumnal) {
        assertThat(Equinox.vernal(year)).isEqualTo(vernal);
        assertThat(Equinox.autumnal(year)).isEqualTo(autumnal);
    }

    @Test
    void stay_within_march_19_to_22_and_september_21_to_24_over_the_whole_range() {
        for (int year = Equinox.FIRST_YEAR; year <= Equinox.LAST_YEAR; year++) {
            LocalDate vernal = Equinox.vernal(year);
            LocalDate autumnal = Equinox.autumnal(year);
            assertThat(vernal.getMonth()).isEqualTo(Month.MARCH);
            assertThat(vernal.getDayOfMonth()).isBetween(19, 22);
            assertThat(autumnal.getMonth()).isEqualTo(Month.SEPTEMBER);
            assertThat(autumnal.getDayOfMonth()).isBetween(21, 24);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1899, 2100})
    void are_not_approximated_outside_1900_to_2099(int year) {
        assertThatThrownBy(() -> Equinox.vernal(year))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(year + " is outside 1900-2099");
        assertThatThrownBy(() -> Equinox.autumnal(year))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
