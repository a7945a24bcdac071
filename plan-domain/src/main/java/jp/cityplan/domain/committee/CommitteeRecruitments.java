package jp.cityplan.domain.committee;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jp.cityplan.domain.shared.FiscalYear;

/** The recruitments the city runs (repository). */
public interface CommitteeRecruitments {

    /** The next free recruitment id of the fiscal year; never handed out twice. */
    RecruitmentId nextId(FiscalYear fiscalYear);

    void add(CommitteeRecruitment recruitment);

    /** Stores the recruitment's changes; fails where someone else changed it since it was read. */
    void update(CommitteeRecruitment recruitment);

    Optional<CommitteeRecruitment> find(RecruitmentId id);

    /** The recruitments open at the moment, those closing first first. */
    List<CommitteeRecruitment> openAt(Instant moment);

    default CommitteeRecruitment get(RecruitmentId id) {
        return find(id).orElseThrow(() -> new UnknownCommitteeException(id.value()));
    }
}
