package jp.cityplan.app.adapter.out.persistence.committee;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import jp.cityplan.domain.committee.Committee;
import jp.cityplan.domain.committee.CommitteeId;
import jp.cityplan.domain.committee.Committees;
import jp.cityplan.domain.committee.UnknownCommitteeException;
import lombok.RequiredArgsConstructor;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The committees in {@code committee} and {@code committee_member}; versions as in {@code JpaCitizenProposals}. */
@Component
@RequiredArgsConstructor
@Transactional
public class JpaCommittees implements Committees {

    private final CommitteeRepository rows;
    private final CommitteeEntityMapper mapper;

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public void add(Committee committee) {
        CommitteeEntity row = new CommitteeEntity(committee.id().value());
        copy(committee, row);
        entityManager.persist(row);
        entityManager.flush();
    }

    @Override
    public void update(Committee committee) {
        CommitteeEntity row = rows.findById(committee.id().value())
                .orElseThrow(() -> new UnknownCommitteeException(committee.id().value()));
        if (row.getVersion() != committee.version()) {
            throw new CommitteeConflictException(committee.id().value());
        }
        copy(committee, row);
        flush(committee.id().value());
    }

    private void flush(String id) {
        try {
            entityManager.flush();
        } catch (OptimisticLockException | OptimisticLockingFailureException e) {
            throw new CommitteeConflictException(id);
        }
    }

    private void copy(Committee committee, CommitteeEntity row) {
        row.setName(committee.name());
        row.setLegalBasis(committee.legalBasis());
        row.setTotalSeats(committee.totalSeats());
        row.setPublicSeats(committee.publicSeats());
        row.setTermLength(committee.termLength().toString());
        row.setGenderTargetPercent(committee.genderBalanceTargetPercent());
        row.setResponsibleDivision(committee.responsibleDivision());
        row.getMembers().clear();
        row.getMembers().addAll(mapper.toMemberRows(committee.members()));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Committee> find(CommitteeId id) {
        return rows.findById(id.value()).map(this::restore);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Committee> all() {
        return rows.findAll(org.springframework.data.domain.Sort.by("id")).stream().map(this::restore).toList();
    }

    private Committee restore(CommitteeEntity row) {
        return Committee.restore(new CommitteeId(row.getId()), row.getName(), row.getLegalBasis(), row.getTotalSeats(),
                row.getPublicSeats(), Period.parse(row.getTermLength()), row.getGenderTargetPercent(),
                row.getResponsibleDivision(), mapper.toMembers(row.getMembers()), row.getVersion());
    }
}
