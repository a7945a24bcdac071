package jp.cityplan.domain.plan;

import static jp.cityplan.domain.plan.PlanFixtures.COUNTER_OUTSOURCING;
import static jp.cityplan.domain.plan.PlanFixtures.PRIVATE_SECTOR;
import static jp.cityplan.domain.plan.PlanFixtures.privateSector;
import static jp.cityplan.domain.plan.PlanFixtures.privateSectorRows;
import static jp.cityplan.domain.plan.PlanFixtures.reformPromotion;
import static jp.cityplan.domain.plan.PlanFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("An approach (手法), its measure and its chapter")
class ApproachTest {

    @Test
    void lists_its_own_initiatives_in_printed_order_without_relistings() {
        Approach approach = privateSector();

        assertThat(approach.rows()).hasSize(4);
        assertThat(approach.initiatives()).extracting(Initiative::code).extracting(InitiativeCode::value)
                .containsExactly("1-3.1", "1-3.2", "1-3.3");
    }

    @Test
    void finds_an_initiative_by_its_code() {
        assertThat(privateSector().initiative(COUNTER_OUTSOURCING)).map(Initiative::name)
                .contains(PlanFixtures.COUNTER_OUTSOURCING_NAME);
        assertThat(privateSector().initiative(new InitiativeCode("1-3.9"))).isEmpty();
    }

    @Test
    void an_initiative_of_another_approach_is_refused() {
        Initiative ofApproach11 = new Initiative(new InitiativeCode("1-1.9"), "行政評価の実施", "行政評価を行う。");

        assertThatThrownBy(() -> privateSector(with(privateSectorRows(), ofApproach11)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("initiative 1-1.9 does not belong to approach 1-3");
    }

    @Test
    void a_blank_paragraph_of_the_current_situation_is_refused() {
        assertThatThrownBy(() -> new Approach(PRIVATE_SECTOR, "民間との連携、民間への移行",
                List.of("協働による取り組みが必要となっています。", " "), List.of(), List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("currentSituation of approach 1-3 must not be blank");
    }

    @Test
    void a_blank_paragraph_of_the_basic_policy_is_refused() {
        assertThatThrownBy(() -> new Approach(PRIVATE_SECTOR, "民間との連携、民間への移行",
                List.of(), List.of(""), List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("basicPolicy of approach 1-3 must not be blank");
    }

    @Test
    void a_missing_paragraph_is_refused() {
        List<String> withEmptyEntry = Arrays.asList("協働による取り組みが必要となっています。", null);

        assertThatThrownBy(() -> new Approach(PRIVATE_SECTOR, "民間との連携、民間への移行",
                withEmptyEntry, List.of(), List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must not contain empty entries");
    }

    @Test
    void missing_lists_stand_for_empty_ones() {
        Approach approach = new Approach(PRIVATE_SECTOR, "民間との連携、民間への移行", null, null, null, null);

        assertThat(approach.currentSituation()).isEmpty();
        assertThat(approach.rows()).isEmpty();
    }

    @Test
    void an_approach_of_another_measure_is_refused() {
        assertThatThrownBy(() -> PlanFixtures.financialBase(reformPromotion()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("approach 1-1 does not belong to measure 3");
    }

    @Test
    void a_basic_goal_chapter_needs_a_number() {
        assertThatThrownBy(() -> new Chapter(ChapterKind.BASIC_GOAL, null, "基本目標", null, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs a number of 1 or more");
        assertThatThrownBy(() -> Chapter.basicGoal(0, "基本目標0"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs a number of 1 or more");
    }

    @Test
    void only_a_basic_goal_chapter_takes_a_number() {
        assertThatThrownBy(() -> new Chapter(ChapterKind.INTRODUCTION, 1, "序論", null, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("of kind INTRODUCTION takes no number");
    }

    @Test
    void only_a_pillar_chapter_holds_measures() {
        List<Measure> measures = PlanFixtures.measures();

        assertThatThrownBy(() -> new Chapter(ChapterKind.APPENDIX, null, "資料編", null, measures))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("of kind APPENDIX cannot hold measures");
    }

    @Test
    void a_pillar_chapter_may_carry_a_subtitle() {
        assertThat(Chapter.pillar("方策の柱", "みんなで創る持続可能なまち", List.of()).subtitle())
                .contains("みんなで創る持続可能なまち");
        assertThat(Chapter.outline(ChapterKind.INTRODUCTION, "序論").subtitle()).isEmpty();
    }
}
