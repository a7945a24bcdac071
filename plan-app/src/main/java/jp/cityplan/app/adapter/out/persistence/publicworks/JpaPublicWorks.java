package jp.cityplan.app.adapter.out.persistence.publicworks;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.cityplan.domain.publicworks.DuplicateEvaluationException;
import jp.cityplan.domain.publicworks.DuplicateProjectException;
import jp.cityplan.domain.publicworks.EvaluationReference;
import jp.cityplan.domain.publicworks.EvaluationSnapshot;
import jp.cityplan.domain.publicworks.EvaluationState;
import jp.cityplan.domain.publicworks.ProjectId;
import jp.cityplan.domain.publicworks.ProjectSnapshot;
import jp.cityplan.domain.publicworks.PublicWorksConflictException;
import jp.cityplan.domain.publicworks.PublicWorksEvaluation;
import jp.cityplan.domain.publicworks.PublicWorksEvaluations;
import jp.cityplan.domain.publicworks.PublicWorksProject;
import jp.cityplan.domain.publicworks.PublicWorksProjects;
import jp.cityplan.domain.publicworks.PublishedEvaluation;
import jp.cityplan.domain.publicworks.UnknownEvaluationException;
import jp.cityplan.domain.publicworks.UnknownProjectException;
import lombok.RequiredArgsConstructor;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register and the evaluations in the {@code public_works_*} tables. Each method joins the caller's transaction
 * (the engine's, inside a delegate) or runs in its own. A new evaluation is checked against the stored ones before
 * it is inserted (so that the scan can skip it without spoiling its transaction); the unique constraint on project,
 * stage and cycle catches two nodes racing for it, and the later transaction then fails as a whole.
 */
@Component
@RequiredArgsConstructor
@Transactional
public class JpaPublicWorks implements PublicWorksProjects, PublicWorksEvaluations {

    static final int MAX_PAGE = 500;
    private static final Set<EvaluationState> CLOSED = Set.of(EvaluationState.DECIDED, EvaluationState.PUBLISHED);

    private final PublicWorksProjectRepository projects;
    private final PublicWorksEvaluationRepository evaluations;
    private final PublicWorksEntityMapper mapper;

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public void add(PublicWorksProject project) {
        if (projects.existsById(project.id().value())) {
            throw new DuplicateProjectException(project.id());
        }
        PublicWorksProjectEntity row = new PublicWorksProjectEntity();
        mapper.copy(project.snapshot(), row);
        entityManager.persist(row);
        entityManager.flush();
    }

    @Override
    public void update(PublicWorksProject project) {
        ProjectSnapshot snapshot = project.snapshot();
        PublicWorksProjectEntity row = projects.findById(snapshot.id().value())
                .orElseThrow(() -> new UnknownProjectException(snapshot.id()));
        if (row.getVersion() != snapshot.version()) {
            throw new PublicWorksConflictException("project " + snapshot.id());
        }
        mapper.copy(snapshot, row);
        flush("project " + snapshot.id());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PublicWorksProject> find(ProjectId id) {
        return projects.findById(id.value()).map(mapper::toSnapshot).map(PublicWorksProject::restore);
    }

    @Override
    @Transactional(readOnly = true)
    public List<PublicWorksProject> all() {
        return projects.findAllByOrderByProjectIdAsc().stream().map(mapper::toSnapshot)
                .map(PublicWorksProject::restore).toList();
    }

    @Override
    public void add(PublicWorksEvaluation evaluation) {
        if (evaluations.existsById(evaluation.reference().value())) {
            throw new DuplicateEvaluationException(evaluation.reference());
        }
        PublicWorksEvaluationEntity row = new PublicWorksEvaluationEntity();
        mapper.copy(evaluation.snapshot(), row);
        entityManager.persist(row);
        entityManager.flush();
    }

    @Override
    public void update(PublicWorksEvaluation evaluation) {
        EvaluationSnapshot snapshot = evaluation.snapshot();
        PublicWorksEvaluationEntity row = evaluations.findById(snapshot.reference().value())
                .orElseThrow(() -> new UnknownEvaluationException(snapshot.reference()));
        if (row.getVersion() != snapshot.version()) {
            throw new PublicWorksConflictException("evaluation " + snapshot.reference());
        }
        mapper.copy(snapshot, row);
        flush("evaluation " + snapshot.reference());
    }

    private void flush(String what) {
        try {
            entityManager.flush();
        } catch (OptimisticLockException | OptimisticLockingFailureException e) {
            throw new PublicWorksConflictException(what);
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PublicWorksEvaluation> find(EvaluationReference reference) {
        return evaluations.findById(reference.value()).map(mapper::toSnapshot).map(PublicWorksEvaluation::restore);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean hasOpen(ProjectId project) {
        return evaluations.existsByProjectIdAndStateNotIn(project.value(), CLOSED);
    }

    /** Newest publication first, with the project's name and total cost. */
    @Override
    @Transactional(readOnly = true)
    public List<PublishedEvaluation> published(int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("offset must not be negative and limit must be 1-" + MAX_PAGE);
        }
        int page = offset / limit;
        return evaluations.findByPublishedOnIsNotNullOrderByPublishedOnDescReferenceDesc(PageRequest.of(page, limit))
                .stream().map(row -> published(row, projects.findById(row.getProjectId()).orElseThrow()))
                .toList();
    }

    private PublishedEvaluation published(PublicWorksEvaluationEntity row, PublicWorksProjectEntity project) {
        EvaluationSnapshot s = mapper.toSnapshot(row);
        ProjectSnapshot p = mapper.toSnapshot(project);
        return new PublishedEvaluation(s.reference(), p.id(), p.name(), p.kind(), s.stage(), s.cycle(),
                s.draftPolicy().decision(), s.opinion().decision(), s.opinion().text(), s.decision().decision(),
                s.decision().deviationReason(), s.sheet().benefitCostRatio(), s.sheet().benefitCost().benefits(),
                s.sheet().benefitCost().costs(), p.totalCost(), s.publishedOn());
    }
}
