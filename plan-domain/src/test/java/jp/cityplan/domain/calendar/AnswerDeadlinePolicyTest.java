package jp.cityplan.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The answer deadline of a citizen proposal (回答期限)")
class AnswerDeadlinePolicyTest {

    private final AnswerDeadlinePolicy standard = AnswerDeadlinePolicy.standard();

    @Test
    void is_14_business_days_on_the_city_office_calendar_by_default() {
        assertThat(standard.businessDays()).isEqualTo(14);
        assertThat(standard.calendar()).isEqualTo(BusinessCalendar.japaneseCityOffice());
    }

    @Test
    void falls_14_business_days_after_an_ordinary_receipt() {
        // 2026-06-01 (Mon): two full weeks of business days later is Friday 6/19
        assertThat(standard.dueDate(LocalDate.of(2026, 6, 1))).isEqualTo(LocalDate.of(2026, 6, 19));
    }

    @Test
    void skips_the_year_end_and_new_year_and_the_coming_of_age_day() {
        // received Fri 2025-12-19: 12/22-12/26 are days 1-5, 年末年始 12/29-1/3, 1/5-1/9 days 6-10,
        // 1/12 成人の日, 1/13-1/16 days 11-14
        assertThat(standard.dueDate(LocalDate.of(2025, 12, 19))).isEqualTo(LocalDate.of(2026, 1, 16));
    }

    @Test
    void counts_from_the_next_business_day_when_received_on_a_closed_day() {
        // received on Saturday 2026-01-10 or on Monday 1/12 (成人の日): day 1 is Tuesday 1/13 either way
        assertThat(standard.dueDate(LocalDate.of(2026, 1, 10))).isEqualTo(LocalDate.of(2026, 1, 30));
        assertThat(standard.dueDate(LocalDate.of(2026, 1, 12))).isEqualTo(LocalDate.of(2026, 1, 30));
    }

    @Test
    void uses_the_calendar_it_is_given() {
        AnswerDeadlinePolicy city = new AnswerDeadlinePolicy(
                1, new BusinessCalendar(List.of(Closure.on(MonthDay.of(10, 1), "市制記念日"))));

        assertThat(city.dueDate(LocalDate.of(2026, 9, 30))).isEqualTo(LocalDate.of(2026, 10, 2));
    }

    @Test
    void reminds_the_given_number_of_business_days_before_the_due_date() {
        LocalDate due = LocalDate.of(2026, 1, 16);

        assertThat(standard.reminderDate(due, 0)).isEqualTo(due);
        assertThat(standard.reminderDate(due, 3)).isEqualTo(LocalDate.of(2026, 1, 13));
        assertThat(standard.reminderDate(due, 4)).isEqualTo(LocalDate.of(2026, 1, 9));  // skips 成人の日
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 14, 15})
    void refuses_a_reminder_that_does_not_fall_between_receipt_and_due_date(int before) {
        assertThatThrownBy(() -> standard.reminderDate(LocalDate.of(2026, 1, 16), before))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is outside 0-13");
    }

    @Test
    void is_overdue_only_after_the_due_date() {
        LocalDate due = LocalDate.of(2026, 1, 16);

        assertThat(standard.isOverdue(due, LocalDate.of(2026, 1, 15))).isFalse();
        assertThat(standard.isOverdue(due, due)).isFalse();
        assertThat(standard.isOverdue(due, LocalDate.of(2026, 1, 17))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 366})
    void refuses_business_days_outside_1_to_365(int days) {
        BusinessCalendar calendar = BusinessCalendar.japaneseCityOffice();
        assertThatThrownBy(() -> new AnswerDeadlinePolicy(days, calendar))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("businessDays " + days + " is outside 1-365");
    }

    @Test
    void accepts_the_edges_of_the_range() {
        BusinessCalendar calendar = BusinessCalendar.japaneseCityOffice();

        assertThat(new AnswerDeadlinePolicy(1, calendar).dueDate(LocalDate.of(2025, 12, 26)))
                .isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(new AnswerDeadlinePolicy(365, calendar).businessDays()).isEqualTo(365);
    }

    @Test
    void refuses_to_work_without_a_calendar() {
        assertThatThrownBy(() -> new AnswerDeadlinePolicy(14, null))
                .hasMessageContaining("calendar must be present");
    }
}
