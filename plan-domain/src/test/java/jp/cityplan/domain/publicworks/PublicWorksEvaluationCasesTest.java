package jp.cityplan.domain.publicworks;

import static jp.cityplan.domain.publicworks.PublicWorksFixtures.CLOCK;
import static jp.cityplan.domain.publicworks.PublicWorksFixtures.FY2025;
import static jp.cityplan.domain.publicworks.PublicWorksFixtures.PROJECT;
import static jp.cityplan.domain.publicworks.PublicWorksFixtures.goodSheet;
import static jp.cityplan.domain.publicworks.PublicWorksFixtures.roadAdoptedIn;
import static jp.cityplan.domain.publicworks.PublicWorksFixtures.sheet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("An evaluation from its opening to its publication")
class PublicWorksEvaluationCasesTest {

    private final InMemoryPublicWorks store = new InMemoryPublicWorks();
    private final PublicWorksEvaluationCases cases = new PublicWorksEvaluationCases(store, store, CLOCK);
    private EvaluationReference reference;

    @BeforeEach
    void registeredAndOpened() {
        store.add(PublicWorksProject.register(roadAdoptedIn(2019)));
        reference = cases.open(PROJECT, EvaluationStage.RE_EVALUATION, FY2025, "UNSTARTED");
    }

    private void reachOpinion(EvaluationDecision opinion) {
        cases.fillInSheet(reference, goodSheet());
        cases.proposeDecision(reference, EvaluationDecision.CONTINUE);
        cases.draftPolicy(reference, new DraftPolicy(EvaluationDecision.CONTINUE, "B/C 1.6、用地取得が進んでいる"));
        cases.recordOpinion(reference, new CommitteeOpinion(opinion, "継続が妥当", true));
    }

    @Test
    void is_referenced_by_project_stage_and_cycle_and_opened_only_once() {
        assertThat(reference).isEqualTo(new EvaluationReference("PW-0001-RE-2025"));
        assertThat(reference.stage()).isEqualTo(EvaluationStage.RE_EVALUATION);
        assertThat(reference.cycle()).isEqualTo(FY2025);
        assertThat(store.hasOpen(PROJECT)).isTrue();
        assertThatThrownBy(() -> cases.open(PROJECT, EvaluationStage.RE_EVALUATION, FY2025, "UNSTARTED"))
                .isInstanceOf(DuplicateEvaluationException.class);
    }

    @Test
    void cannot_be_opened_for_an_unknown_project() {
        assertThatThrownBy(() -> cases.open(new ProjectId("PW-9999"), EvaluationStage.EX_ANTE, FY2025, null))
                .isInstanceOf(UnknownProjectException.class);
        assertThat(store.evaluations).hasSize(1);
    }

    @Test
    void follows_the_committee_and_is_published_and_noted_in_the_register() {
        reachOpinion(EvaluationDecision.CONTINUE);

        cases.decide(reference, EvaluationDecision.CONTINUE, null);
        cases.publish(reference);

        PublicWorksEvaluation evaluation = cases.get(reference);
        assertThat(evaluation.state()).isEqualTo(EvaluationState.PUBLISHED);
        assertThat(evaluation.snapshot().publishedOn()).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(evaluation.isOpen()).isFalse();
        assertThat(cases.project(PROJECT).snapshot().lastEvaluation()).isEqualTo(
                new LastEvaluation(EvaluationStage.RE_EVALUATION, FY2025, EvaluationDecision.CONTINUE));
    }

    @Test
    void deviating_from_the_opinion_needs_a_reason() {
        reachOpinion(EvaluationDecision.CONTINUE_WITH_REVIEW);

        assertThat(catchThrowableOfType(InvalidPublicWorksInputException.class,
                () -> cases.decide(reference, EvaluationDecision.CONTINUE, " ")).violations())
                .containsExactly(new FieldViolation("deviationReason", FieldViolation.Reason.REQUIRED));
        assertThat(cases.get(reference).state()).isEqualTo(EvaluationState.OPINION_GIVEN);

        cases.decide(reference, EvaluationDecision.CONTINUE, "地元要望と財源確保の見通しから継続とする");
        assertThat(cases.get(reference).snapshot().decision().deviationReason()).startsWith("地元要望");
    }

    @Test
    void refuses_decisions_the_stage_does_not_allow() {
        reachOpinion(EvaluationDecision.CONTINUE);
        assertThat(catchThrowableOfType(InvalidPublicWorksInputException.class,
                () -> cases.decide(reference, EvaluationDecision.START, "x")).violations())
                .containsExactly(new FieldViolation("decision", FieldViolation.Reason.NOT_ALLOWED));
    }

    @Test
    void a_returned_sheet_is_filled_in_again_and_a_bad_sheet_changes_nothing() {
        cases.fillInSheet(reference, goodSheet());
        cases.returnSheet(reference);
        assertThat(cases.get(reference).state()).isEqualTo(EvaluationState.SHEET_REQUESTED);

        assertThatThrownBy(() -> cases.fillInSheet(reference, sheet(0L, 0L)))
                .isInstanceOf(InvalidPublicWorksInputException.class);
        assertThat(cases.get(reference).state()).isEqualTo(EvaluationState.SHEET_REQUESTED);
        assertThat(cases.get(reference).version()).isEqualTo(2);
    }

    @Test
    void cannot_decide_before_the_committee_gave_its_opinion() {
        cases.fillInSheet(reference, goodSheet());
        assertThatThrownBy(() -> cases.decide(reference, EvaluationDecision.CONTINUE, null))
                .isInstanceOf(EvaluationStateException.class);
    }
}
