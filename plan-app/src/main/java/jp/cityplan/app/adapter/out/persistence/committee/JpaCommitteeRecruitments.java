package jp.cityplan.app.adapter.out.persistence.committee;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import jp.cityplan.domain.committee.ApplicationNumber;
import jp.cityplan.domain.committee.CommitteeId;
import jp.cityplan.domain.committee.CommitteeRecruitment;
import jp.cityplan.domain.committee.CommitteeRecruitments;
import jp.cityplan.domain.committee.LotteryDraw;
import jp.cityplan.domain.committee.RecruitmentId;
import jp.cityplan.domain.committee.RecruitmentState;
import jp.cityplan.domain.committee.RecruitmentTerms;
import jp.cityplan.domain.committee.UnknownCommitteeException;
import jp.cityplan.domain.shared.FiscalYear;
import lombok.RequiredArgsConstructor;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The recruitments in {@code committee_recruitment}; lists are stored comma-separated. */
@Component
@RequiredArgsConstructor
@Transactional
public class JpaCommitteeRecruitments implements CommitteeRecruitments {

    private final RecruitmentRepository rows;
    private final CommitteeSequence sequence;

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public RecruitmentId nextId(FiscalYear fiscalYear) {
        return RecruitmentId.of(fiscalYear, sequence.next(CommitteeSequence.RECRUITMENT, fiscalYear));
    }

    @Override
    public void add(CommitteeRecruitment recruitment) {
        RecruitmentEntity row = new RecruitmentEntity(recruitment.id().value());
        copy(recruitment, row);
        entityManager.persist(row);
        entityManager.flush();
    }

    @Override
    public void update(CommitteeRecruitment recruitment) {
        RecruitmentEntity row = rows.findById(recruitment.id().value())
                .orElseThrow(() -> new UnknownCommitteeException(recruitment.id().value()));
        if (row.getVersion() != recruitment.version()) {
            throw new CommitteeConflictException(recruitment.id().value());
        }
        copy(recruitment, row);
        try {
            entityManager.flush();
        } catch (OptimisticLockException | OptimisticLockingFailureException e) {
            throw new CommitteeConflictException(recruitment.id().value());
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CommitteeRecruitment> find(RecruitmentId id) {
        return rows.findById(id.value()).map(JpaCommitteeRecruitments::restore);
    }

    @Override
    @Transactional(readOnly = true)
    public List<CommitteeRecruitment> openAt(Instant moment) {
        return rows.findByStateAndOpensAtLessThanEqualAndClosesAtGreaterThanOrderByClosesAtAscIdAsc(
                RecruitmentState.OPEN, moment, moment).stream().map(JpaCommitteeRecruitments::restore).toList();
    }

    private static void copy(CommitteeRecruitment recruitment, RecruitmentEntity row) {
        RecruitmentTerms terms = recruitment.terms();
        row.setCommitteeId(terms.committee().value());
        row.setSeats(terms.seats());
        row.setOpensAt(terms.opensAt());
        row.setClosesAt(terms.closesAt());
        row.setEssayTheme(terms.essayTheme());
        row.setEssayLimit(terms.essayLimit());
        row.setSelectionMethod(terms.method());
        row.setPassMark(terms.passMark());
        row.setTermStartsOn(terms.termStartsOn());
        row.setResultExpectedOn(terms.resultExpectedOn());
        row.setState(recruitment.state());
        row.setSelected(joined(recruitment.selected()));
        row.setCompositionFlags(String.join(",", recruitment.compositionFlags()));
        recruitment.lottery().ifPresentOrElse(draw -> {
            row.setLotterySeed(draw.seed());
            row.setLotteryWitnesses(draw.witnesses());
            row.setLotteryList(joined(draw.list()));
        }, () -> {
            row.setLotterySeed(null);
            row.setLotteryWitnesses(null);
            row.setLotteryList(null);
        });
    }

    private static CommitteeRecruitment restore(RecruitmentEntity row) {
        RecruitmentTerms terms = new RecruitmentTerms(new CommitteeId(row.getCommitteeId()), row.getSeats(),
                row.getOpensAt(), row.getClosesAt(), row.getEssayTheme(), row.getEssayLimit(), row.getSelectionMethod(),
                row.getPassMark(), row.getTermStartsOn(), row.getResultExpectedOn());
        List<ApplicationNumber> selected = numbers(row.getSelected());
        LotteryDraw draw = row.getLotterySeed() == null ? null : new LotteryDraw(row.getLotterySeed(),
                row.getLotteryWitnesses(), numbers(row.getLotteryList()), row.getSeats(), selected);
        return CommitteeRecruitment.restore(new RecruitmentId(row.getId()), terms, row.getState(), selected, draw,
                items(row.getCompositionFlags()), row.getVersion());
    }

    private static String joined(List<ApplicationNumber> numbers) {
        return String.join(",", numbers.stream().map(ApplicationNumber::value).toList());
    }

    private static List<ApplicationNumber> numbers(String joined) {
        return items(joined).stream().map(ApplicationNumber::new).toList();
    }

    private static List<String> items(String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(","));
    }
}
