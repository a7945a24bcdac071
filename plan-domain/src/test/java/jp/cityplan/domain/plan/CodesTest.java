package jp.cityplan.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Codes of the plan")
class CodesTest {

    @Nested
    @DisplayName("A measure code")
    class Measures {

        @ParameterizedTest
        @ValueSource(strings = {"1", "3", "12", "99"})
        void is_a_number_from_1_to_99(String code) {
            assertThat(new MeasureCode(code).value()).isEqualTo(code);
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "01", "100", "1-1", "a", "１", " 1"})
        void is_refused_otherwise(String code) {
            assertThatThrownBy(() -> new MeasureCode(code))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("measure code '" + code + "' does not match");
        }

        @ParameterizedTest
        @NullAndEmptySource
        void is_refused_when_missing(String code) {
            assertThatThrownBy(() -> new MeasureCode(code))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("measure code must not be blank");
        }
    }

    @Nested
    @DisplayName("An approach code")
    class Approaches {

        @ParameterizedTest
        @ValueSource(strings = {"1-3", "3-1", "12-10"})
        void is_measure_number_and_approach_number(String code) {
            assertThat(new ApproachCode(code)).hasToString(code);
        }

        @ParameterizedTest
        @ValueSource(strings = {"1", "1-0", "0-1", "1.3", "1-3-1", "1-3.2", "1 - 3", "１-３"})
        void is_refused_otherwise(String code) {
            assertThatThrownBy(() -> new ApproachCode(code))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("approach code '" + code + "' does not match");
        }

        @Test
        void knows_its_measure() {
            assertThat(new ApproachCode("1-3").measure()).isEqualTo(new MeasureCode("1"));
            assertThat(new ApproachCode("12-10").measure()).isEqualTo(new MeasureCode("12"));
        }

        @Test
        void is_made_from_a_measure_and_a_number() {
            assertThat(ApproachCode.of(new MeasureCode("3"), 2)).isEqualTo(new ApproachCode("3-2"));
        }
    }

    @Nested
    @DisplayName("An initiative code")
    class Initiatives {

        @ParameterizedTest
        @ValueSource(strings = {"1-3.2", "3-2.10", "12-10.100"})
        void is_approach_code_dot_running_number(String code) {
            assertThat(new InitiativeCode(code)).hasToString(code);
        }

        @ParameterizedTest
        @ValueSource(strings = {"1-3", "1-3.0", "1-3.1000", "1-3-2", "1.3.2", "1-3.", ".2", "1-3.02"})
        void is_refused_otherwise(String code) {
            assertThatThrownBy(() -> new InitiativeCode(code))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("initiative code '" + code + "' does not match");
        }

        @Test
        void knows_its_approach() {
            assertThat(new InitiativeCode("1-3.2").approach()).isEqualTo(new ApproachCode("1-3"));
            assertThat(new InitiativeCode("12-10.100").approach()).isEqualTo(new ApproachCode("12-10"));
        }
    }

    @Nested
    @DisplayName("A plan id")
    class PlanIds {

        @ParameterizedTest
        @ValueSource(strings = {"nihonmatsu", "nihonmatsu-2027", "ab"})
        void is_a_lower_case_slug(String id) {
            assertThat(new PlanId(id)).hasToString(id);
        }

        @ParameterizedTest
        @ValueSource(strings = {"n", "Nihonmatsu", "-nihonmatsu", "nihon matsu", "二本松", "nihon_matsu"})
        void is_refused_otherwise(String id) {
            assertThatThrownBy(() -> new PlanId(id))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("plan id '" + id + "' does not match");
        }
    }

    @Nested
    @DisplayName("A note")
    class Notes {

        @Test
        void is_referred_to_by_its_marker() {
            assertThat(new Note(28, "PDCA").marker()).isEqualTo("※28");
        }

        @ParameterizedTest
        @ValueSource(ints = {0, -1})
        void needs_a_number_of_1_or_more(int number) {
            assertThatThrownBy(() -> new Note(number, "PDCA"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("note number must be 1 or more, was " + number);
        }
    }
}
