package jp.cityplan.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("A fiscal year (年度)")
class FiscalYearTest {

    @Test
    void march_31_belongs_to_the_fiscal_year_that_started_the_april_before() {
        assertThat(FiscalYear.containing(LocalDate.of(2025, 3, 31))).isEqualTo(FiscalYear.of(2024));
    }

    @Test
    void april_1_starts_a_new_fiscal_year() {
        assertThat(FiscalYear.containing(LocalDate.of(2025, 4, 1))).isEqualTo(FiscalYear.of(2025));
    }

    @Test
    void january_belongs_to_the_fiscal_year_of_the_year_before() {
        assertThat(FiscalYear.containing(LocalDate.of(2026, 1, 15))).isEqualTo(FiscalYear.of(2025));
    }

    @Test
    void runs_from_april_1_to_march_31_of_the_next_year() {
        FiscalYear fy2025 = FiscalYear.of(2025);

        assertThat(fy2025.start()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(fy2025.end()).isEqualTo(LocalDate.of(2026, 3, 31));
    }

    @Test
    void contains_its_first_and_last_day_but_not_the_days_around_them() {
        FiscalYear fy2025 = FiscalYear.of(2025);

        assertThat(fy2025.contains(LocalDate.of(2025, 4, 1))).isTrue();
        assertThat(fy2025.contains(LocalDate.of(2026, 3, 31))).isTrue();
        assertThat(fy2025.contains(LocalDate.of(2025, 3, 31))).isFalse();
        assertThat(fy2025.contains(LocalDate.of(2026, 4, 1))).isFalse();
    }

    @ParameterizedTest(name = "FY{0} is {1}")
    @CsvSource({
        "1989, 平成元年度",
        "2018, 平成30年度",
        "2019, 令和元年度",
        "2020, 令和2年度",
        "2025, 令和7年度"
    })
    void is_named_in_the_japanese_era(int year, String name) {
        assertThat(FiscalYear.of(year).japaneseName()).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(ints = {1899, 3000, 0, -2025})
    void outside_1900_to_2999_is_refused(int year) {
        assertThatThrownBy(() -> FiscalYear.of(year))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(Integer.toString(year))
                .hasMessageContaining("outside 1900-2999");
    }

    @Test
    void the_edges_of_the_range_are_accepted() {
        assertThat(FiscalYear.of(1900).year()).isEqualTo(1900);
        assertThat(FiscalYear.of(2999).year()).isEqualTo(2999);
    }

    @Test
    void is_followed_by_the_next_year_and_ordered_by_year() {
        assertThat(FiscalYear.of(2025).next()).isEqualTo(FiscalYear.of(2026));
        assertThat(FiscalYear.of(2024)).isLessThan(FiscalYear.of(2025));
        assertThat(FiscalYear.of(2025)).hasToString("FY2025");
    }
}
