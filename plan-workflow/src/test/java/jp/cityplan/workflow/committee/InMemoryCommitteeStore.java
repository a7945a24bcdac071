package jp.cityplan.workflow.committee;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.cityplan.domain.committee.Application;
import jp.cityplan.domain.committee.ApplicationNumber;
import jp.cityplan.domain.committee.Applications;
import jp.cityplan.domain.committee.Committee;
import jp.cityplan.domain.committee.CommitteeId;
import jp.cityplan.domain.committee.CommitteeRecruitment;
import jp.cityplan.domain.committee.CommitteeRecruitments;
import jp.cityplan.domain.committee.Committees;
import jp.cityplan.domain.committee.RecruitmentId;
import jp.cityplan.domain.shared.FiscalYear;

/** Committees, recruitments and applications held in memory for the process tests. */
final class InMemoryCommitteeStore implements Committees, CommitteeRecruitments, Applications {

    private final Map<CommitteeId, Committee> committees = new LinkedHashMap<>();
    private final Map<RecruitmentId, CommitteeRecruitment> recruitments = new LinkedHashMap<>();
    private final List<Application> applications = new ArrayList<>();
    private int recruitmentSequence;
    private int applicationSequence;

    @Override
    public void add(Committee committee) {
        committees.put(committee.id(), committee);
    }

    @Override
    public void update(Committee committee) {
        committees.put(committee.id(), committee);
    }

    @Override
    public Optional<Committee> find(CommitteeId id) {
        return Optional.ofNullable(committees.get(id));
    }

    @Override
    public List<Committee> all() {
        return List.copyOf(committees.values());
    }

    @Override
    public RecruitmentId nextId(FiscalYear fiscalYear) {
        return RecruitmentId.of(fiscalYear, ++recruitmentSequence);
    }

    @Override
    public void add(CommitteeRecruitment recruitment) {
        recruitments.put(recruitment.id(), recruitment);
    }

    @Override
    public void update(CommitteeRecruitment recruitment) {
        recruitments.put(recruitment.id(), recruitment);
    }

    @Override
    public Optional<CommitteeRecruitment> find(RecruitmentId id) {
        return Optional.ofNullable(recruitments.get(id));
    }

    @Override
    public List<CommitteeRecruitment> openAt(Instant moment) {
        return recruitments.values().stream().filter(r -> r.isOpenAt(moment)).toList();
    }

    @Override
    public ApplicationNumber nextNumber(FiscalYear fiscalYear) {
        return ApplicationNumber.of(fiscalYear, ++applicationSequence);
    }

    @Override
    public void add(Application application) {
        applications.add(application);
    }

    @Override
    public void update(Application application) {
        // held by reference
    }

    @Override
    public Optional<Application> find(ApplicationNumber number) {
        return applications.stream().filter(a -> a.number().equals(number)).findFirst();
    }

    @Override
    public List<Application> ofRecruitment(RecruitmentId recruitment) {
        return applications.stream().filter(a -> a.recruitment().equals(recruitment))
                .sorted(Comparator.comparing(Application::number)).toList();
    }

    @Override
    public boolean hasApplied(RecruitmentId recruitment, String applicantIdentity) {
        return ofRecruitment(recruitment).stream().anyMatch(a -> a.applicant().identity().equals(applicantIdentity));
    }
}
