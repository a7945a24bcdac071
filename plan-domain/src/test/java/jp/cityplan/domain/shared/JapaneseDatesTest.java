package jp.cityplan.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JapaneseDatesTest {

    @ParameterizedTest
    @CsvSource({
            "2026-05-22, 令和8年5月22日",
            "2019-05-01, 令和元年5月1日",
            "2019-04-30, 平成31年4月30日",
            "1989-01-08, 平成元年1月8日",
            "2027-01-04, 令和9年1月4日"})
    void dates_read_in_the_era_with_gannen_for_the_first_year(LocalDate date, String japanese) {
        assertThat(JapaneseDates.format(date)).isEqualTo(japanese);
    }

    @Test
    void letters_add_the_day_of_the_week() {
        assertThat(JapaneseDates.formatWithDayOfWeek(LocalDate.of(2026, 4, 24))).isEqualTo("令和8年4月24日（金）");
        assertThat(JapaneseDates.formatWithDayOfWeek(LocalDate.of(2019, 5, 1))).isEqualTo("令和元年5月1日（水）");
    }

    @Test
    void no_date_is_no_text() {
        assertThat(JapaneseDates.format(null)).isNull();
    }
}
