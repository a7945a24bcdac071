package jp.cityplan.domain.publicworks;

import static jp.cityplan.domain.publicworks.PublicWorksFixtures.roadAdoptedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import jp.cityplan.domain.shared.FiscalYear;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A project of the public works register")
class PublicWorksProjectTest {

    private static ProjectDraft withDates(LocalDate started, LocalDate completed, Long totalCost) {
        ProjectDraft d = roadAdoptedIn(2019);
        return new ProjectDraft(d.id(), d.name(), d.owningDivision(), d.kind(), d.funding(), d.initiative(),
                d.adoptedIn(), started, completed, totalCost, d.maintenanceCostYen(), d.expectedBenefits());
    }

    private static InvalidPublicWorksInputException refused(ProjectDraft draft) {
        return catchThrowableOfType(InvalidPublicWorksInputException.class, () -> PublicWorksProject.register(draft));
    }

    @Test
    void is_registered_unstarted_with_no_evaluation_yet() {
        PublicWorksProject project = PublicWorksProject.register(roadAdoptedIn(2019));

        assertThat(project.id()).isEqualTo(new ProjectId("PW-0001"));
        assertThat(project.snapshot().lastEvaluation()).isNull();
        assertThat(project.factsIn(FiscalYear.of(2022))).isEqualTo(new TriggerFacts(ProjectKind.ROAD, false, false,
                false, 3, false, 0, false, false, 0));
    }

    @Test
    void refuses_a_completion_before_the_adoption() {
        assertThat(refused(withDates(LocalDate.of(2019, 5, 1), LocalDate.of(2018, 3, 1), 1L)).violations())
                .contains(new FieldViolation("completedOn", FieldViolation.Reason.DATE_ORDER));
    }

    @Test
    void refuses_a_completion_before_the_start_and_a_negative_cost() {
        assertThat(refused(withDates(LocalDate.of(2021, 5, 1), LocalDate.of(2020, 5, 1), -5L)).violations())
                .containsExactlyInAnyOrder(new FieldViolation("completedOn", FieldViolation.Reason.DATE_ORDER),
                        new FieldViolation("totalCostYen", FieldViolation.Reason.NEGATIVE));
    }

    @Test
    void refuses_work_started_before_the_adoption_and_a_missing_cost() {
        assertThat(refused(withDates(LocalDate.of(2019, 3, 31), null, null)).violations())
                .containsExactlyInAnyOrder(new FieldViolation("workStartedOn", FieldViolation.Reason.DATE_ORDER),
                        new FieldViolation("totalCostYen", FieldViolation.Reason.REQUIRED));
    }

    @Test
    void counts_years_since_its_completion_and_its_last_re_evaluation() {
        PublicWorksProject project = PublicWorksProject.register(withDates(LocalDate.of(2020, 6, 1), null, 1L));
        project.reportChangeOfCircumstances();
        assertThat(project.factsIn(FiscalYear.of(2023)).circumstancesChanged()).isTrue();

        project.recordEvaluation(new LastEvaluation(EvaluationStage.RE_EVALUATION, FiscalYear.of(2023),
                EvaluationDecision.CONTINUE));
        project.complete(LocalDate.of(2025, 2, 1));

        TriggerFacts facts = project.factsIn(FiscalYear.of(2026));
        assertThat(facts.circumstancesChanged()).isFalse();
        assertThat(facts.reEvaluated()).isTrue();
        assertThat(facts.yearsSinceLastReEvaluation()).isEqualTo(3);
        assertThat(facts.completed()).isTrue();
        assertThat(facts.yearsSinceCompletion()).isEqualTo(2);
    }

    @Test
    void refuses_a_completion_without_a_start() {
        PublicWorksProject project = PublicWorksProject.register(roadAdoptedIn(2019));
        assertThat(catchThrowableOfType(InvalidPublicWorksInputException.class,
                () -> project.complete(LocalDate.of(2024, 1, 1))).violations())
                .containsExactly(new FieldViolation("workStartedOn", FieldViolation.Reason.REQUIRED));
    }
}
