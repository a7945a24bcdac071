package jp.cityplan.app.adapter.out.persistence.committee;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Optional;
import jp.cityplan.domain.committee.Application;
import jp.cityplan.domain.committee.ApplicationNumber;
import jp.cityplan.domain.committee.Applications;
import jp.cityplan.domain.committee.FieldError;
import jp.cityplan.domain.committee.InvalidApplicationException;
import jp.cityplan.domain.committee.RecruitmentId;
import jp.cityplan.domain.committee.UnknownCommitteeException;
import jp.cityplan.domain.shared.FiscalYear;
import lombok.RequiredArgsConstructor;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applications in {@code committee_application} with their reasons and scores. A second application of the same
 * person that races the first past the domain's check is stopped by the table's unique key and refused the same way.
 */
@Component
@RequiredArgsConstructor
@Transactional
public class JpaApplications implements Applications {

    private final ApplicationRepository rows;
    private final CommitteeSequence sequence;
    private final CommitteeEntityMapper mapper;

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public ApplicationNumber nextNumber(FiscalYear fiscalYear) {
        return ApplicationNumber.of(fiscalYear, sequence.next(CommitteeSequence.APPLICATION, fiscalYear));
    }

    @Override
    public void add(Application application) {
        ApplicationEntity row = new ApplicationEntity(application.number().value());
        copy(application, row);
        try {
            entityManager.persist(row);
            entityManager.flush();
        } catch (PersistenceException | DataIntegrityViolationException e) {
            if (rows.existsByRecruitmentIdAndApplicantIdentity(application.recruitment().value(),
                    application.applicant().identity())) {
                throw new InvalidApplicationException(List.of(FieldError.of("name", FieldError.Reason.DUPLICATE)));
            }
            throw e;
        }
    }

    @Override
    public void update(Application application) {
        ApplicationEntity row = rows.findById(application.number().value())
                .orElseThrow(() -> new UnknownCommitteeException(application.number().value()));
        if (row.getVersion() != application.version()) {
            throw new CommitteeConflictException(application.number().value());
        }
        copy(application, row);
        try {
            entityManager.flush();
        } catch (OptimisticLockException | OptimisticLockingFailureException e) {
            throw new CommitteeConflictException(application.number().value());
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Application> find(ApplicationNumber number) {
        return rows.findById(number.value()).map(this::restore);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Application> ofRecruitment(RecruitmentId recruitment) {
        return rows.findByRecruitmentIdOrderByApplicationNumberAsc(recruitment.value()).stream().map(this::restore)
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean hasApplied(RecruitmentId recruitment, String applicantIdentity) {
        return rows.existsByRecruitmentIdAndApplicantIdentity(recruitment.value(), applicantIdentity);
    }

    private void copy(Application application, ApplicationEntity row) {
        mapper.copyApplicant(application.applicant(), row);
        row.setRecruitmentId(application.recruitment().value());
        row.setReasons(application.reasons());
        row.setEssay(application.essay());
        row.setReceivedAt(application.receivedAt());
        row.setOutcome(application.outcome());
        row.setResultSent(application.resultSent());
        row.getIneligibilities().clear();
        row.getIneligibilities().addAll(mapper.toIneligibilityRows(application.ineligibilities()));
        row.getScores().clear();
        row.getScores().addAll(mapper.toScoreRows(application.scores()));
    }

    private Application restore(ApplicationEntity row) {
        return Application.restore(new ApplicationNumber(row.getApplicationNumber()),
                new RecruitmentId(row.getRecruitmentId()), mapper.toApplicant(row), row.getReasons(), row.getEssay(),
                row.getReceivedAt(), row.getOutcome(), mapper.toIneligibilities(row.getIneligibilities()),
                mapper.toScores(row.getScores()), row.isResultSent(), row.getVersion());
    }
}
