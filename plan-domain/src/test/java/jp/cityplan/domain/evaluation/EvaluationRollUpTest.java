package jp.cityplan.domain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import jp.cityplan.domain.plan.ApproachCode;
import jp.cityplan.domain.plan.ComprehensivePlan;
import jp.cityplan.domain.plan.InitiativeCode;
import jp.cityplan.domain.plan.MeasureCode;
import jp.cityplan.domain.plan.PlanFixtures;
import jp.cityplan.domain.shared.FiscalYear;
import org.junit.jupiter.api.Test;

/**
 * The fixture plan: measure 1 with approaches 1-1 (2 initiatives) and 1-3 (3 at home, 1 relisting), measure 3 with
 * approach 3-1 (2 at home, 1 relisting): 7 initiatives.
 */
class EvaluationRollUpTest {

    private static final FiscalYear FY2025 = FiscalYear.of(2025);
    private final ComprehensivePlan plan = PlanFixtures.plan();

    private AdministrativeEvaluation confirmed(String initiative, Direction direction, int activity, int outcome) {
        AdministrativeEvaluation evaluation = AdministrativeEvaluation.open(plan.id(), new InitiativeCode(initiative),
                FY2025, "div-policy-promotion");
        evaluation.importResult(EvaluationFixtures.sheet(direction, activity, outcome));
        return evaluation;
    }

    @Test
    void confirmedEvaluationsRollUpToApproachesMeasuresAndThePlan() {
        AdministrativeEvaluation submittedOnly = AdministrativeEvaluation.open(plan.id(), new InitiativeCode("1-3.1"),
                FY2025, "div-administration");
        submittedOnly.submit(EvaluationFixtures.sheet(Direction.EXPAND));
        EvaluationRollUp rollUp = EvaluationRollUp.of(plan, FY2025, List.of(
                confirmed("1-1.1", Direction.CONTINUE, 80, 100),
                confirmed("1-1.2", Direction.IMPROVE, 60, 60),
                confirmed("1-3.2", Direction.CONTINUE, 100, 120),
                submittedOnly));

        Progress reform = rollUp.approach(new ApproachCode("1-1"));
        assertThat(reform.initiatives()).isEqualTo(2);
        assertThat(reform.evaluated()).isEqualTo(2);
        assertThat(reform.evaluatedShare()).isEqualByComparingTo("100.0");
        assertThat(reform.meanAchievementRate()).contains(new BigDecimal("75.0"));
        assertThat(reform.count(Direction.CONTINUE)).isEqualTo(1);
        assertThat(reform.count(Direction.IMPROVE)).isEqualTo(1);

        Progress privateSector = rollUp.approach(new ApproachCode("1-3"));
        assertThat(privateSector.initiatives()).as("the relisting is not counted").isEqualTo(3);
        assertThat(privateSector.evaluated()).as("a submitted sheet is not a result").isEqualTo(1);
        assertThat(privateSector.evaluatedShare()).isEqualByComparingTo("33.3");

        Progress cityReform = rollUp.measure(new MeasureCode("1"));
        assertThat(cityReform.initiatives()).isEqualTo(5);
        assertThat(cityReform.evaluated()).isEqualTo(3);
        assertThat(cityReform.meanAchievementRate()).as("(90 + 60 + 110) / 3").contains(new BigDecimal("86.7"));
        assertThat(cityReform.count(Direction.CONTINUE)).isEqualTo(2);

        assertThat(rollUp.measure(new MeasureCode("3")).evaluated()).isZero();
        assertThat(rollUp.measure(new MeasureCode("3")).meanAchievementRate()).isEmpty();
        assertThat(rollUp.plan().initiatives()).isEqualTo(7);
        assertThat(rollUp.plan().evaluated()).isEqualTo(3);
        assertThat(rollUp.plan().evaluatedShare()).isEqualByComparingTo("42.9");
        assertThat(rollUp.initiative(new InitiativeCode("1-1.2")).count(Direction.IMPROVE)).isEqualTo(1);
    }

    @Test
    void evaluationsOfAnotherYearDoNotCount() {
        AdministrativeEvaluation lastYear = AdministrativeEvaluation.open(plan.id(), new InitiativeCode("1-1.1"),
                FiscalYear.of(2024), "div-policy-promotion");
        lastYear.importResult(EvaluationFixtures.sheet(Direction.EXPAND));

        EvaluationRollUp rollUp = EvaluationRollUp.of(plan, FY2025, List.of(lastYear));

        assertThat(rollUp.plan().evaluated()).isZero();
        assertThat(rollUp.plan().count(Direction.EXPAND)).isZero();
    }

    @Test
    void askingForAPartThePlanDoesNotHaveIsRefused() {
        EvaluationRollUp rollUp = EvaluationRollUp.of(plan, FY2025, List.of());

        assertThatThrownBy(() -> rollUp.approach(new ApproachCode("9-9"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("9-9");
    }
}
