package jp.cityplan.domain.committee;

import static jp.cityplan.domain.committee.CommitteeFixtures.CLOSES_AT;
import static jp.cityplan.domain.committee.CommitteeFixtures.OPENS_AT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import jp.cityplan.domain.shared.FiscalYear;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A committee recruitment")
class CommitteeRecruitmentTest {

    private static final RecruitmentId ID = RecruitmentId.of(FiscalYear.of(2026), 1);

    @Test
    void is_open_from_its_opening_to_its_closing_time() {
        CommitteeRecruitment recruitment = CommitteeFixtures.openRecruitment(SelectionMethod.SCORE);

        assertThat(recruitment.isOpenAt(OPENS_AT)).isTrue();
        assertThat(recruitment.isOpenAt(CLOSES_AT.minusSeconds(1))).isTrue();
        assertThat(recruitment.isOpenAt(CLOSES_AT)).isFalse();
        assertThat(recruitment.isOpenAt(OPENS_AT.minusSeconds(1))).isFalse();
        assertThat(recruitment.closingDay()).isEqualTo(LocalDate.of(2026, 6, 30));
    }

    @Test
    void refuses_a_period_shorter_than_three_weeks_naming_the_field() {
        RecruitmentTerms tooShort = CommitteeFixtures.terms(SelectionMethod.SCORE,
                OPENS_AT.plus(Duration.ofDays(21)).minusSeconds(1));

        assertThatThrownBy(() -> CommitteeRecruitment.open(ID, tooShort, CommitteeFixtures.planCouncil(),
                RecruitmentRules.defaults()))
                .isInstanceOfSatisfying(InvalidRecruitmentException.class, refused -> assertThat(refused.errors())
                        .containsExactly(new FieldError("closesAt", FieldError.Reason.PERIOD_TOO_SHORT, 21)));
    }

    @Test
    void accepts_exactly_three_weeks() {
        RecruitmentTerms threeWeeks = CommitteeFixtures.terms(SelectionMethod.LOTTERY, OPENS_AT.plus(Duration.ofDays(21)));

        assertThat(CommitteeRecruitment.open(ID, threeWeeks, CommitteeFixtures.planCouncil(), RecruitmentRules.defaults())
                .state()).isEqualTo(RecruitmentState.OPEN);
    }

    @Test
    void refuses_more_seats_than_the_committee_recruits_publicly_and_a_lottery_without_pass_mark() {
        RecruitmentTerms terms = CommitteeFixtures.terms(SelectionMethod.SCORE, CLOSES_AT);
        RecruitmentTerms tooMany = new RecruitmentTerms(terms.committee(), 4, terms.opensAt(), terms.closesAt(),
                terms.essayTheme(), 5000, SelectionMethod.SCORE_THEN_LOTTERY, null, terms.termStartsOn(),
                terms.resultExpectedOn());

        assertThatThrownBy(() -> CommitteeRecruitment.open(ID, tooMany, CommitteeFixtures.planCouncil(),
                RecruitmentRules.defaults()))
                .isInstanceOfSatisfying(InvalidRecruitmentException.class, refused -> assertThat(refused.errors())
                        .extracting(FieldError::field).containsExactly("seats", "essayLimit", "passMark"));
    }

    @Test
    void goes_from_open_to_closed_to_selected_to_appointed() {
        CommitteeRecruitment recruitment = CommitteeFixtures.openRecruitment(SelectionMethod.SCORE);
        recruitment.close();
        ApplicationNumber chosen = ApplicationNumber.of(FiscalYear.of(2026), 7);
        recruitment.recordSelection(List.of(chosen), null);
        recruitment.flagComposition(List.of("FEMALE_UNDER_TARGET"));
        recruitment.appointSelected();

        assertThat(recruitment.state()).isEqualTo(RecruitmentState.APPOINTED);
        assertThat(recruitment.selected()).containsExactly(chosen);
        assertThat(recruitment.compositionFlags()).containsExactly("FEMALE_UNDER_TARGET");
        assertThatThrownBy(recruitment::close).isInstanceOf(IllegalStateException.class).hasMessageContaining("APPOINTED");
    }

    @Test
    void needs_the_draw_where_it_chooses_by_lottery() {
        CommitteeRecruitment recruitment = CommitteeFixtures.openRecruitment(SelectionMethod.LOTTERY);
        recruitment.close();

        assertThatThrownBy(() -> recruitment.recordSelection(List.of(), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("draw is missing");
        recruitment.handToDirectAppointment();
        assertThat(recruitment.state()).isEqualTo(RecruitmentState.DIRECT_APPOINTMENT);
    }
}
