package jp.cityplan.domain.publicworks;

import java.util.List;
import java.util.Optional;

/** The evaluations of public works projects (repository). */
public interface PublicWorksEvaluations {

    /**
     * Stores a new evaluation; fails with {@link DuplicateEvaluationException} where the project already has one of
     * that stage and cycle (the store guarantees it, also across nodes).
     */
    void add(PublicWorksEvaluation evaluation);

    /** Stores the changes; fails with {@link PublicWorksConflictException} where someone changed it meanwhile. */
    void update(PublicWorksEvaluation evaluation);

    Optional<PublicWorksEvaluation> find(EvaluationReference reference);

    /** Whether the project has an evaluation that is not decided yet. */
    boolean hasOpen(ProjectId project);

    /** Published results, newest first. */
    List<PublishedEvaluation> published(int offset, int limit);
}
