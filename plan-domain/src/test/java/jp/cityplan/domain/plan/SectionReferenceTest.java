package jp.cityplan.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.cityplan.domain.plan.SectionReference.Kind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("A section reference (再掲：… 掲載)")
class SectionReferenceTest {

    @Test
    void a_basic_goal_section_is_goal_policy_and_approach() {
        SectionReference reference = SectionReference.parse("4-1-3");

        assertThat(reference.kind()).isEqualTo(Kind.BASIC_GOAL);
        assertThat(reference.chapterNumber()).isEqualTo(4);
        assertThat(reference.policyNumber()).isEqualTo(1);
        assertThat(reference.approachNumber()).isEqualTo(3);
        assertThat(reference.isInPillar()).isFalse();
        assertThat(reference).hasToString("4-1-3");
    }

    @Test
    void a_basic_goal_section_names_no_approach_of_the_pillar_chapter() {
        assertThat(SectionReference.parse("4-1-3").pillarApproach()).isEmpty();
    }

    @Test
    void a_pillar_reference_names_an_approach_of_the_pillar_chapter() {
        SectionReference reference = SectionReference.parse("方策 1-1-3");

        assertThat(reference.kind()).isEqualTo(Kind.PILLAR);
        assertThat(reference.isInPillar()).isTrue();
        assertThat(reference.chapterNumber()).isEqualTo(1);
        assertThat(reference.pillarApproach()).contains(new ApproachCode("1-3"));
        assertThat(reference).hasToString("方策 1-1-3");
    }

    @Test
    void a_pillar_reference_may_be_printed_without_a_space_and_with_two_digit_numbers() {
        assertThat(SectionReference.parse("方策1-1-3").pillarApproach()).contains(new ApproachCode("1-3"));
        assertThat(SectionReference.parse("方策 12-12-10").pillarApproach()).contains(new ApproachCode("12-10"));
    }

    @Test
    void surrounding_blanks_are_dropped_from_the_printed_text() {
        assertThat(SectionReference.parse("  4-1-3 ").printed()).isEqualTo("4-1-3");
    }

    @Test
    void a_pillar_reference_whose_approach_lies_under_another_measure_is_refused() {
        assertThatThrownBy(() -> SectionReference.parse("方策 1-2-3"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'方策 1-2-3' names approach 2-3 under measure 1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"4-1", "4-1-3-2", "10-1-1", "0-1-3", "4-0-3", "4-1-0", "方策 1-1", "基本目標4", "4.1.3", "abc"})
    void anything_else_is_refused(String printed) {
        assertThatThrownBy(() -> SectionReference.parse(printed))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + printed + "' is neither a basic goal section");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void a_blank_reference_is_refused(String printed) {
        assertThatThrownBy(() -> SectionReference.parse(printed))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("section reference must not be blank");
    }
}
