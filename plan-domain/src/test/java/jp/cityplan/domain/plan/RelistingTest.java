package jp.cityplan.domain.plan;

import static jp.cityplan.domain.plan.PlanFixtures.COUNTER_OUTSOURCING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("A relisting (再掲)")
class RelistingTest {

    private static final SectionReference APPROACH_1_3 = SectionReference.parse("方策 1-1-3");
    private static final SectionReference SECTION_4_1_3 = SectionReference.parse("4-1-3");

    @Nested
    @DisplayName("of an initiative of the plan")
    class OfPlanInitiative {

        @Test
        void is_the_home_initiative_with_no_description_of_its_own() {
            Relisting relisting = Relisting.ofPlanInitiative(APPROACH_1_3, "窓口業務の民間委託", COUNTER_OUTSOURCING);

            assertThat(relisting.homeInitiative()).contains(COUNTER_OUTSOURCING);
            assertThat(relisting.printedDescription()).isEmpty();
            assertThat(relisting.name()).isEqualTo("窓口業務の民間委託");
        }

        @Test
        void relisting_to_a_plan_initiative_must_name_the_initiative() {
            assertThatThrownBy(() -> Relisting.ofPlanInitiative(APPROACH_1_3, "窓口業務の民間委託", null))
                    .hasMessageContaining("relisting initiative (the home 方策 1-1-3 is in the plan) must be present");
        }

        @Test
        void relisting_to_a_plan_initiative_must_not_repeat_a_description() {
            assertThatThrownBy(() -> new Relisting(APPROACH_1_3, "窓口業務の民間委託", "郵便局へ業務委託を進める。",
                    COUNTER_OUTSOURCING))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("relisting of 1-3.2 must not repeat a description");
        }

        @Test
        void relisting_to_a_plan_initiative_must_name_an_initiative_of_the_referenced_approach() {
            InitiativeCode ofApproach11 = new InitiativeCode("1-1.1");

            assertThatThrownBy(() -> Relisting.ofPlanInitiative(APPROACH_1_3, "市政改革推進行動計画の総合管理", ofApproach11))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("relisting names initiative 1-1.1, which is not in approach 1-3 of 方策 1-1-3");
        }
    }

    @Nested
    @DisplayName("of a section outside the plan's chapters")
    class OfOutsideSection {

        @Test
        void keeps_its_printed_description_and_names_no_initiative() {
            Relisting relisting = Relisting.ofOutsideSection(SECTION_4_1_3, "公園ボランティア", "公園美化活動への参加を促す。");

            assertThat(relisting.homeInitiative()).isEmpty();
            assertThat(relisting.printedDescription()).contains("公園美化活動への参加を促す。");
            assertThat(relisting.home()).isEqualTo(SECTION_4_1_3);
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"  "})
        void relisting_to_an_outside_section_must_keep_the_printed_description(String description) {
            assertThatThrownBy(() -> Relisting.ofOutsideSection(SECTION_4_1_3, "公園ボランティア", description))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("relisting description must not be blank");
        }

        @Test
        void relisting_to_an_outside_section_cannot_name_an_initiative_of_the_plan() {
            assertThatThrownBy(() -> new Relisting(SECTION_4_1_3, "公園ボランティア", "公園美化活動への参加を促す。",
                    COUNTER_OUTSOURCING))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("relisting with home 4-1-3 lies outside the plan's chapters")
                    .hasMessageContaining("cannot name initiative 1-3.2");
        }
    }

    @Test
    void a_relisting_needs_a_home() {
        assertThatThrownBy(() -> Relisting.ofOutsideSection(null, "公園ボランティア", "公園美化活動への参加を促す。"))
                .hasMessageContaining("relisting home must be present");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" "})
    void a_relisting_needs_a_name(String name) {
        assertThatThrownBy(() -> Relisting.ofPlanInitiative(APPROACH_1_3, name, COUNTER_OUTSOURCING))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("relisting name must not be blank");
    }
}
