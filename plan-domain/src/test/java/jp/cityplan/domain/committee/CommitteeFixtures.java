package jp.cityplan.domain.committee;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.cityplan.domain.shared.FiscalYear;

/** Committees, recruitments and applications for the tests, with in-memory repositories. */
final class CommitteeFixtures {

    static final CommitteeId PLAN_COUNCIL = new CommitteeId("comprehensive-plan-council");
    static final Instant OPENS_AT = Instant.parse("2026-06-01T00:00:00Z");
    static final Instant CLOSES_AT = Instant.parse("2026-06-30T08:15:00Z");
    static final Instant DURING = Instant.parse("2026-06-10T03:00:00Z");

    private CommitteeFixtures() {
    }

    static Committee planCouncil() {
        return Committee.establish(PLAN_COUNCIL, "長期総合計画審議会", "二本松市長期総合計画審議会条例", 15, 3,
                Period.ofYears(2), 40, "div-policy-promotion");
    }

    static RecruitmentTerms terms(SelectionMethod method, Instant closesAt) {
        return new RecruitmentTerms(PLAN_COUNCIL, 3, OPENS_AT, closesAt, "二本松市の10年後の姿", 800, method,
                method == SelectionMethod.SCORE_THEN_LOTTERY ? 60 : null, LocalDate.of(2026, 8, 1),
                LocalDate.of(2026, 7, 20));
    }

    static CommitteeRecruitment openRecruitment(SelectionMethod method) {
        return CommitteeRecruitment.open(RecruitmentId.of(FiscalYear.of(2026), 1), terms(method, CLOSES_AT),
                planCouncil(), RecruitmentRules.defaults());
    }

    static ApplicationDraft draft(String name, String birthDate) {
        return new ApplicationDraft(name, "ニホンマツ ハナコ", birthDate, "FEMALE", "二本松市金色403-1",
                "hanako@example.jp", "LIVES", "会社員", "NONE", "0", "まちづくりに参加したいからです。",
                "二本松市の10年後は、子どもと高齢者が共に暮らせるまちであってほしい。");
    }

    static Clock clockAt(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    static final class InMemoryRecruitments implements CommitteeRecruitments {
        final Map<RecruitmentId, CommitteeRecruitment> stored = new HashMap<>();
        private int sequence;

        @Override
        public RecruitmentId nextId(FiscalYear fiscalYear) {
            return RecruitmentId.of(fiscalYear, ++sequence);
        }

        @Override
        public void add(CommitteeRecruitment recruitment) {
            stored.put(recruitment.id(), recruitment);
        }

        @Override
        public void update(CommitteeRecruitment recruitment) {
            stored.put(recruitment.id(), recruitment);
        }

        @Override
        public Optional<CommitteeRecruitment> find(RecruitmentId id) {
            return Optional.ofNullable(stored.get(id));
        }

        @Override
        public List<CommitteeRecruitment> openAt(Instant moment) {
            return stored.values().stream().filter(r -> r.isOpenAt(moment)).toList();
        }
    }

    static final class InMemoryApplications implements Applications {
        final List<Application> stored = new ArrayList<>();
        private int sequence;

        @Override
        public ApplicationNumber nextNumber(FiscalYear fiscalYear) {
            return ApplicationNumber.of(fiscalYear, ++sequence);
        }

        @Override
        public void add(Application application) {
            stored.add(application);
        }

        @Override
        public void update(Application application) {
            // held by reference
        }

        @Override
        public Optional<Application> find(ApplicationNumber number) {
            return stored.stream().filter(a -> a.number().equals(number)).findFirst();
        }

        @Override
        public List<Application> ofRecruitment(RecruitmentId recruitment) {
            return stored.stream().filter(a -> a.recruitment().equals(recruitment)).toList();
        }

        @Override
        public boolean hasApplied(RecruitmentId recruitment, String applicantIdentity) {
            return ofRecruitment(recruitment).stream().anyMatch(a -> a.applicant().identity().equals(applicantIdentity));
        }
    }
}
