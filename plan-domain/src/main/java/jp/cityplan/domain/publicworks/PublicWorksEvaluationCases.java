package jp.cityplan.domain.publicworks;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;
import jp.cityplan.domain.shared.FiscalYear;
import jp.cityplan.domain.shared.Require;

/**
 * What the process does to an evaluation, by its reference: each action loads the evaluation (and its project),
 * applies the domain rule and stores the result, or changes nothing.
 */
public final class PublicWorksEvaluationCases {

    private final PublicWorksProjects projects;
    private final PublicWorksEvaluations evaluations;
    private final Clock clock;

    public PublicWorksEvaluationCases(PublicWorksProjects projects, PublicWorksEvaluations evaluations, Clock clock) {
        this.projects = Require.present(projects, "projects");
        this.evaluations = Require.present(evaluations, "evaluations");
        this.clock = Require.present(clock, "clock");
    }

    public PublicWorksProject project(ProjectId id) {
        return projects.find(id).orElseThrow(() -> new UnknownProjectException(id));
    }

    public PublicWorksEvaluation get(EvaluationReference reference) {
        return evaluations.find(reference).orElseThrow(() -> new UnknownEvaluationException(reference));
    }

    /**
     * Opens an evaluation of a registered project; fails with {@link UnknownProjectException} for an unknown project
     * and {@link DuplicateEvaluationException} where the project has one of that stage and cycle already.
     */
    public EvaluationReference open(ProjectId projectId, EvaluationStage stage, FiscalYear cycle, String trigger) {
        project(projectId);
        PublicWorksEvaluation evaluation = PublicWorksEvaluation.open(projectId, stage, cycle, trigger);
        evaluations.add(evaluation);
        return evaluation.reference();
    }

    /** Checks and stores the sheet; returns it with its computed B/C. */
    public EvaluationSheet fillInSheet(EvaluationReference reference, SheetDraft draft) {
        PublicWorksEvaluation evaluation = get(reference);
        EvaluationSheet sheet = EvaluationSheet.from(draft, project(evaluation.projectId()).adoptedIn());
        evaluation.fillInSheet(sheet);
        evaluations.update(evaluation);
        return sheet;
    }

    public void proposeDecision(EvaluationReference reference, EvaluationDecision proposed) {
        change(reference, evaluation -> evaluation.proposeDecision(proposed));
    }

    public void returnSheet(EvaluationReference reference) {
        change(reference, PublicWorksEvaluation::returnSheet);
    }

    public void draftPolicy(EvaluationReference reference, DraftPolicy policy) {
        change(reference, evaluation -> evaluation.draftPolicy(policy));
    }

    public void recordOpinion(EvaluationReference reference, CommitteeOpinion opinion) {
        change(reference, evaluation -> evaluation.recordOpinion(opinion));
    }

    /** The city decides; the register notes the decision as the project's last evaluation. */
    public void decide(EvaluationReference reference, EvaluationDecision decision, String deviationReason) {
        PublicWorksEvaluation evaluation = get(reference);
        evaluation.decide(decision, deviationReason, today());
        PublicWorksProject project = project(evaluation.projectId());
        project.recordEvaluation(evaluation.asLastEvaluation());
        evaluations.update(evaluation);
        projects.update(project);
    }

    public void publish(EvaluationReference reference) {
        change(reference, evaluation -> evaluation.publish(today()));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private void change(EvaluationReference reference, Consumer<PublicWorksEvaluation> action) {
        PublicWorksEvaluation evaluation = get(reference);
        action.accept(evaluation);
        evaluations.update(evaluation);
    }
}
