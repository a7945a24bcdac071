package jp.cityplan.domain.publicworks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** In-memory fakes of both ports that behave like tables with a version column and a unique reference. */
final class InMemoryPublicWorks implements PublicWorksProjects, PublicWorksEvaluations {

    final Map<ProjectId, ProjectSnapshot> projects = new LinkedHashMap<>();
    final Map<EvaluationReference, EvaluationSnapshot> evaluations = new LinkedHashMap<>();

    @Override
    public void add(PublicWorksProject project) {
        if (projects.putIfAbsent(project.id(), project.snapshot()) != null) {
            throw new DuplicateProjectException(project.id());
        }
    }

    @Override
    public void update(PublicWorksProject project) {
        ProjectSnapshot s = project.snapshot();
        if (projects.get(s.id()).version() != s.version()) {
            throw new PublicWorksConflictException(s.id().value());
        }
        projects.put(s.id(), new ProjectSnapshot(s.id(), s.name(), s.owningDivision(), s.kind(), s.funding(),
                s.initiative(), s.adoptedIn(), s.workStartedOn(), s.completedOn(), s.totalCost(), s.maintenanceCost(),
                s.expectedBenefits(), s.circumstancesChanged(), s.lastEvaluation(), s.version() + 1));
    }

    @Override
    public Optional<PublicWorksProject> find(ProjectId id) {
        return Optional.ofNullable(projects.get(id)).map(PublicWorksProject::restore);
    }

    @Override
    public List<PublicWorksProject> all() {
        return projects.values().stream().map(PublicWorksProject::restore).toList();
    }

    @Override
    public void add(PublicWorksEvaluation evaluation) {
        if (evaluations.putIfAbsent(evaluation.reference(), evaluation.snapshot()) != null) {
            throw new DuplicateEvaluationException(evaluation.reference());
        }
    }

    @Override
    public void update(PublicWorksEvaluation evaluation) {
        EvaluationSnapshot s = evaluation.snapshot();
        if (evaluations.get(s.reference()).version() != s.version()) {
            throw new PublicWorksConflictException(s.reference().value());
        }
        evaluations.put(s.reference(), new EvaluationSnapshot(s.reference(), s.projectId(), s.stage(), s.cycle(),
                s.trigger(), s.state(), s.sheet(), s.proposedDecision(), s.draftPolicy(), s.opinion(), s.decision(),
                s.publishedOn(), s.version() + 1));
    }

    @Override
    public Optional<PublicWorksEvaluation> find(EvaluationReference reference) {
        return Optional.ofNullable(evaluations.get(reference)).map(PublicWorksEvaluation::restore);
    }

    @Override
    public boolean hasOpen(ProjectId project) {
        return evaluations.values().stream().filter(s -> s.projectId().equals(project))
                .map(PublicWorksEvaluation::restore).anyMatch(PublicWorksEvaluation::isOpen);
    }

    @Override
    public List<PublishedEvaluation> published(int offset, int limit) {
        return new ArrayList<>();
    }
}
