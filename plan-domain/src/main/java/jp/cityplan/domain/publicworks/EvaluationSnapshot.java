package jp.cityplan.domain.publicworks;

import java.time.LocalDate;
import jp.cityplan.domain.shared.FiscalYear;
import jp.cityplan.domain.shared.Require;

/** The state of an evaluation as stored; the parts not reached yet are null. */
public record EvaluationSnapshot(
        EvaluationReference reference,
        ProjectId projectId,
        EvaluationStage stage,
        FiscalYear cycle,
        String trigger,
        EvaluationState state,
        EvaluationSheet sheet,
        EvaluationDecision proposedDecision,
        DraftPolicy draftPolicy,
        CommitteeOpinion opinion,
        CityDecision decision,
        LocalDate publishedOn,
        long version) {

    public EvaluationSnapshot {
        Require.present(reference, "reference");
        Require.present(projectId, "projectId");
        Require.present(stage, "stage");
        Require.present(cycle, "cycle");
        Require.present(state, "state");
    }
}
