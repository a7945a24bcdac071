package jp.cityplan.domain.plan;

import static jp.cityplan.domain.plan.PlanFixtures.CITY_REFORM;
import static jp.cityplan.domain.plan.PlanFixtures.COUNTER_OUTSOURCING;
import static jp.cityplan.domain.plan.PlanFixtures.PARK_VOLUNTEERS_NAME;
import static jp.cityplan.domain.plan.PlanFixtures.PLAN_ID;
import static jp.cityplan.domain.plan.PlanFixtures.chapters;
import static jp.cityplan.domain.plan.PlanFixtures.cityReform;
import static jp.cityplan.domain.plan.PlanFixtures.debtServiceRatio;
import static jp.cityplan.domain.plan.PlanFixtures.efficientAdministration;
import static jp.cityplan.domain.plan.PlanFixtures.efficientAdministrationRows;
import static jp.cityplan.domain.plan.PlanFixtures.emptyApproach;
import static jp.cityplan.domain.plan.PlanFixtures.financialBase;
import static jp.cityplan.domain.plan.PlanFixtures.measures;
import static jp.cityplan.domain.plan.PlanFixtures.notes;
import static jp.cityplan.domain.plan.PlanFixtures.plan;
import static jp.cityplan.domain.plan.PlanFixtures.planWithMeasures;
import static jp.cityplan.domain.plan.PlanFixtures.privateSector;
import static jp.cityplan.domain.plan.PlanFixtures.privateSectorRows;
import static jp.cityplan.domain.plan.PlanFixtures.reformPromotion;
import static jp.cityplan.domain.plan.PlanFixtures.reformPromotionRows;
import static jp.cityplan.domain.plan.PlanFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import jp.cityplan.domain.shared.Municipality;
import jp.cityplan.domain.shared.MunicipalityCode;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A comprehensive plan is made whole or not at all")
class ComprehensivePlanTest {

    @Test
    void the_fixture_plan_is_valid() {
        ComprehensivePlan plan = plan();

        assertThat(plan.id()).isEqualTo(PLAN_ID);
        assertThat(plan.chapters()).hasSize(8);
        assertThat(plan.pillars()).singleElement().extracting(Chapter::title).isEqualTo("方策の柱");
        assertThat(plan.measures()).extracting(Measure::code).extracting(MeasureCode::value).containsExactly("1", "3");
        assertThat(plan.approaches()).extracting(Approach::code).extracting(ApproachCode::value)
                .containsExactly("1-1", "1-3", "3-1");
        assertThat(plan.initiatives()).extracting(Initiative::code).extracting(InitiativeCode::value)
                .containsExactly("1-1.1", "1-1.2", "1-3.1", "1-3.2", "1-3.3", "3-1.1", "3-1.2");
    }

    @Test
    void finds_its_parts_by_code_and_number() {
        ComprehensivePlan plan = plan();

        assertThat(plan.initiative(COUNTER_OUTSOURCING)).map(Initiative::name)
                .contains(PlanFixtures.COUNTER_OUTSOURCING_NAME);
        assertThat(plan.initiative(new InitiativeCode("2-1.1"))).isEmpty();
        assertThat(plan.approach(new ApproachCode("3-1"))).map(Approach::title).contains("効率的・効果的な行政運営");
        assertThat(plan.note(28)).map(Note::marker).contains("※28");
        assertThat(plan.note(29)).isEmpty();
    }

    @Test
    void is_summarised_by_id_title_and_municipality() {
        assertThat(plan().summary())
                .isEqualTo(new PlanSummary(PLAN_ID, "二本松市長期総合計画", PlanFixtures.NIHONMATSU));
    }

    @Test
    void two_plans_with_the_same_content_are_equal() {
        assertThat(plan()).isEqualTo(plan()).hasSameHashCodeAs(plan());
        assertThat(plan()).isNotEqualTo(plan("nihonmatsu", "二本松市長期総合計画 (改訂)"));
    }

    @Test
    void a_plan_needs_an_id_a_title_and_a_municipality() {
        assertThatThrownBy(() -> ComprehensivePlan.of(PLAN_ID, " ", PlanFixtures.NIHONMATSU, chapters(measures()), notes()))
                .hasMessageContaining("plan title must not be blank");
        assertThatThrownBy(() -> ComprehensivePlan.of(null, "計画", PlanFixtures.NIHONMATSU, chapters(measures()), notes()))
                .hasMessageContaining("plan id must be present");
        assertThatThrownBy(() -> ComprehensivePlan.of(PLAN_ID, "計画", null, chapters(measures()), notes()))
                .hasMessageContaining("municipality must be present");
    }

    @Test
    void a_plan_without_chapters_is_refused() {
        assertThat(problemsOf(() -> plan(List.of(), notes())))
                .containsExactly(new PlanProblem("plan nihonmatsu", "has no chapters"));
    }

    @Test
    void a_duplicate_basic_goal_number_is_reported() {
        List<Chapter> chapters = with(chapters(measures()), Chapter.basicGoal(4, "基本目標4 (再)"));

        assertThat(problemsOf(() -> plan(chapters, notes())))
                .containsExactly(new PlanProblem("basic goal 4", "appears more than once"));
    }

    @Test
    void a_duplicate_measure_code_is_reported() {
        Measure measure1Again = new Measure(CITY_REFORM, "市政改革 (続き)", List.of());

        assertThat(problemsOf(() -> planWithMeasures(with(measures(), measure1Again))))
                .containsExactly(new PlanProblem("measure 1", "appears more than once"));
    }

    @Test
    void a_duplicate_approach_code_is_reported() {
        List<Measure> measures = List.of(
                cityReform(reformPromotion(), privateSector(), emptyApproach("1-1", "市政改革の推進 (再)")),
                financialBase(efficientAdministration()));

        assertThat(problemsOf(() -> planWithMeasures(measures)))
                .containsExactly(new PlanProblem("approach 1-1", "appears more than once"));
    }

    @Test
    void a_duplicate_initiative_code_is_reported() {
        Initiative counterOutsourcingAgain = new Initiative(COUNTER_OUTSOURCING, "窓口業務の民間委託 (再)", "業務委託を進める。");
        List<Measure> measures = List.of(
                cityReform(reformPromotion(), privateSector(with(privateSectorRows(), counterOutsourcingAgain))),
                financialBase(efficientAdministration()));

        assertThat(problemsOf(() -> planWithMeasures(measures)))
                .containsExactly(new PlanProblem("initiative 1-3.2", "appears more than once"));
    }

    @Test
    void a_duplicate_indicator_id_across_approaches_is_reported() {
        List<Measure> measures = List.of(
                cityReform(reformPromotion(reformPromotionRows(), List.of(debtServiceRatio())), privateSector()),
                financialBase(efficientAdministration()));

        assertThat(problemsOf(() -> planWithMeasures(measures)))
                .containsExactly(new PlanProblem("indicator real-debt-service-ratio", "appears more than once"));
    }

    @Test
    void a_duplicate_note_number_is_reported() {
        List<Note> notes = with(notes(), new Note(28, "PDCA サイクル (重複)"));

        assertThat(problemsOf(() -> plan(chapters(measures()), notes)))
                .containsExactly(new PlanProblem("note 28", "appears more than once"));
    }

    @Test
    void a_relisting_to_an_initiative_the_plan_does_not_have_is_reported() {
        Relisting toMissingInitiative = Relisting.ofPlanInitiative(SectionReference.parse("方策 1-1-3"),
                "窓口業務の民間委託 (第2期)", new InitiativeCode("1-3.9"));
        List<Measure> measures = List.of(
                cityReform(reformPromotion(), privateSector()),
                financialBase(efficientAdministration(with(efficientAdministrationRows(), toMissingInitiative))));

        assertThat(problemsOf(() -> planWithMeasures(measures))).containsExactly(new PlanProblem(
                "approach 3-1, row 4",
                "relisting 「窓口業務の民間委託 (第2期)」 names initiative 1-3.9 of 方策 1-1-3, which the plan does not have"));
    }

    @Test
    void a_relisting_to_an_approach_the_plan_does_not_have_is_reported() {
        Relisting toMissingApproach = Relisting.ofPlanInitiative(SectionReference.parse("方策 2-2-1"),
                "分かりやすい広報紙発行", new InitiativeCode("2-1.1"));
        List<Measure> measures = List.of(
                cityReform(reformPromotion(), privateSector()),
                financialBase(efficientAdministration(List.of(toMissingApproach))));

        assertThat(problemsOf(() -> planWithMeasures(measures)))
                .extracting(PlanProblem::place, PlanProblem::reason)
                .containsExactly(tuple("approach 3-1, row 1",
                        "relisting 「分かりやすい広報紙発行」 names initiative 2-1.1 of 方策 2-2-1, which the plan does not have"));
    }

    @Test
    void a_relisting_to_a_basic_goal_the_plan_does_not_list_is_reported() {
        List<Chapter> withoutBasicGoal4 = chapters(measures()).stream()
                .filter(chapter -> !(chapter.kind() == ChapterKind.BASIC_GOAL && chapter.number() == 4))
                .toList();

        assertThat(problemsOf(() -> plan(withoutBasicGoal4, notes()))).containsExactly(new PlanProblem(
                "approach 1-3, row 4",
                "relisting 「" + PARK_VOLUNTEERS_NAME + "」 points to 4-1-3, but the plan has no basic goal 4"));
    }

    @Test
    void a_note_marker_without_a_note_is_reported() {
        assertThat(problemsOf(() -> plan(chapters(measures()), List.of())))
                .containsExactly(new PlanProblem("approach 1-1", "refers to note ※28, which the plan does not have"));
    }

    @Test
    void a_note_marker_in_the_current_situation_is_checked_too_and_may_be_spaced() {
        Approach withMarker = new Approach(new ApproachCode("1-1"), "市政改革の推進",
                List.of("行政評価※ 7により検証します。"), List.of(), List.of(), reformPromotionRows());
        List<Measure> measures = List.of(cityReform(withMarker, privateSector()), financialBase(efficientAdministration()));

        assertThat(problemsOf(() -> planWithMeasures(measures)))
                .containsExactly(new PlanProblem("approach 1-1", "refers to note ※7, which the plan does not have"));
    }

    @Test
    void several_problems_are_all_reported_at_once() {
        List<Chapter> withoutBasicGoal4 = chapters(List.of(
                cityReform(reformPromotion(), privateSector(with(privateSectorRows(),
                        new Initiative(COUNTER_OUTSOURCING, "窓口業務の民間委託 (再)", "業務委託を進める。")))),
                financialBase(efficientAdministration()))).stream()
                .filter(chapter -> !(chapter.kind() == ChapterKind.BASIC_GOAL && chapter.number() == 4))
                .toList();

        InvalidPlanException invalid = catchThrowableOfType(InvalidPlanException.class,
                () -> plan(withoutBasicGoal4, List.of()));

        assertThat(invalid.problems()).containsExactlyInAnyOrder(
                new PlanProblem("initiative 1-3.2", "appears more than once"),
                new PlanProblem("approach 1-3, row 4",
                        "relisting 「" + PARK_VOLUNTEERS_NAME + "」 points to 4-1-3, but the plan has no basic goal 4"),
                new PlanProblem("approach 1-1", "refers to note ※28, which the plan does not have"));
        assertThat(invalid.getMessage())
                .contains("initiative 1-3.2: appears more than once")
                .contains("approach 1-3, row 4: relisting")
                .contains("approach 1-1: refers to note ※28")
                .contains("; ");
    }

    @Test
    void another_municipality_may_own_a_plan() {
        Municipality chiyoda = new Municipality(new MunicipalityCode("131016"), "千代田区");

        ComprehensivePlan plan = ComprehensivePlan.of(new PlanId("chiyoda"), "千代田区基本構想", chiyoda,
                chapters(measures()), notes());

        assertThat(plan.municipality()).isEqualTo(chiyoda);
    }

    private static List<PlanProblem> problemsOf(ThrowingCallable making) {
        InvalidPlanException invalid = catchThrowableOfType(InvalidPlanException.class, making);
        assertThat(invalid).as("the plan should have been refused").isNotNull();
        return invalid.problems();
    }
}
