package jp.cityplan.domain.committee;

import java.util.List;
import java.util.Optional;
import jp.cityplan.domain.shared.FiscalYear;

/** The applications the city received (repository). */
public interface Applications {

    /** The next free application number of the fiscal year; never handed out twice. */
    ApplicationNumber nextNumber(FiscalYear fiscalYear);

    void add(Application application);

    /** Stores the application's changes; fails where someone else changed it since it was read. */
    void update(Application application);

    Optional<Application> find(ApplicationNumber number);

    /** The recruitment's applications in ascending number. */
    List<Application> ofRecruitment(RecruitmentId recruitment);

    /** True where the same person (see {@link Applicant#identity()}) already applied to the recruitment. */
    boolean hasApplied(RecruitmentId recruitment, String applicantIdentity);

    default Application get(ApplicationNumber number) {
        return find(number).orElseThrow(() -> new UnknownCommitteeException(number.value()));
    }
}
