package jp.cityplan.domain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.cityplan.domain.plan.InitiativeCode;
import jp.cityplan.domain.plan.PlanId;
import jp.cityplan.domain.shared.FiscalYear;
import org.junit.jupiter.api.Test;

class AdministrativeEvaluationTest {

    private final AdministrativeEvaluation evaluation = AdministrativeEvaluation.open(new PlanId("nihonmatsu"),
            new InitiativeCode("1-1.2"), FiscalYear.of(2025), "div-policy-promotion");

    @Test
    void anOpenedEvaluationIsNamedAfterItsYearAndInitiative() {
        assertThat(evaluation.id()).isEqualTo(new EvaluationId("E2025-1-1.2"));
        assertThat(evaluation.state()).isEqualTo(EvaluationState.OPEN);
        assertThat(evaluation.sheet()).isEmpty();
    }

    @Test
    void aSubmittedSheetIsApprovedByTheHeadAndConfirmedByPlanning() {
        evaluation.submit(EvaluationFixtures.sheet(Direction.CONTINUE));
        evaluation.approve();
        evaluation.confirm();

        assertThat(evaluation.state()).isEqualTo(EvaluationState.CONFIRMED);
        assertThat(evaluation.isConfirmed()).isTrue();
    }

    @Test
    void aReturnedSheetKeepsTheReasonUntilItIsSubmittedAgain() {
        evaluation.submit(EvaluationFixtures.sheet(Direction.CONTINUE));
        evaluation.returnToDivision("成果指標の実績値を確認してください");

        assertThat(evaluation.state()).isEqualTo(EvaluationState.RETURNED);
        assertThat(evaluation.returnReason()).contains("成果指標の実績値を確認してください");

        evaluation.submit(EvaluationFixtures.sheet(Direction.IMPROVE));
        assertThat(evaluation.state()).isEqualTo(EvaluationState.SUBMITTED);
        assertThat(evaluation.returnReason()).isEmpty();
        assertThat(evaluation.sheet()).get().extracting(EvaluationSheet::direction).isEqualTo(Direction.IMPROVE);
    }

    @Test
    void aSheetNobodyFilledInCannotBeApprovedOrConfirmed() {
        assertThatThrownBy(evaluation::approve).isInstanceOf(EvaluationStateException.class)
                .hasMessageContaining("OPEN");
        assertThatThrownBy(evaluation::confirm).isInstanceOf(EvaluationStateException.class);
    }

    @Test
    void aReturnNeedsAReason() {
        evaluation.submit(EvaluationFixtures.sheet(Direction.CONTINUE));

        assertThatThrownBy(() -> evaluation.returnToDivision(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("return reason");
    }

    @Test
    void anImportedResultIsConfirmedWhateverTheStateWas() {
        evaluation.importResult(EvaluationFixtures.sheet(Direction.REDUCE));

        assertThat(evaluation.state()).isEqualTo(EvaluationState.CONFIRMED);
        assertThat(evaluation.sheet()).get().extracting(EvaluationSheet::direction).isEqualTo(Direction.REDUCE);
    }
}
