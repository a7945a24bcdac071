package jp.cityplan.app.adapter.out.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class JapaneseDatesTest {

    @Test
    void a_date_is_written_in_the_reiwa_era_with_its_day_of_the_week() {
        assertThat(JapaneseDates.format(LocalDate.of(2026, 4, 24))).isEqualTo("令和8年4月24日（金）");
    }

    @Test
    void the_first_year_of_an_era_is_gannen() {
        assertThat(JapaneseDates.format(LocalDate.of(2019, 5, 1))).isEqualTo("令和元年5月1日（水）");
        assertThat(JapaneseDates.format(LocalDate.of(2019, 4, 30))).isEqualTo("平成31年4月30日（火）");
    }
}
