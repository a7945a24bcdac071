package jp.cityplan.domain.committee;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import jp.cityplan.domain.shared.FiscalYear;
import jp.cityplan.domain.shared.Require;

/**
 * The steps of a recruitment from its opening to the appointment (選考), one method per step of the process
 * {@code committee-recruitment}. Each step loads what it needs by id, changes it and stores it.
 */
public final class MemberSelection {

    private final Committees committees;
    private final CommitteeRecruitments recruitments;
    private final Applications applications;
    private final Supplier<RecruitmentRules> rules;
    private final Clock clock;

    public MemberSelection(Committees committees, CommitteeRecruitments recruitments, Applications applications,
                           Supplier<RecruitmentRules> rules, Clock clock) {
        this.committees = Require.present(committees, "committees");
        this.recruitments = Require.present(recruitments, "recruitments");
        this.applications = Require.present(applications, "applications");
        this.rules = Require.present(rules, "rules");
        this.clock = Require.present(clock, "clock");
    }

    /** Opens a recruitment; refuses terms the rules do not allow with {@link InvalidRecruitmentException}. */
    public CommitteeRecruitment open(RecruitmentTerms terms) {
        Committee committee = committees.get(terms.committee());
        LocalDate today = clock.instant().atZone(CommitteeRecruitment.CITY_ZONE).toLocalDate();
        RecruitmentId id = recruitments.nextId(FiscalYear.containing(today));
        CommitteeRecruitment recruitment = CommitteeRecruitment.open(id, terms, committee, rules.get());
        recruitments.add(recruitment);
        return recruitment;
    }

    public Committee committeeOf(RecruitmentId id) {
        return committees.get(recruitments.get(id).committee());
    }

    public CommitteeRecruitment recruitment(RecruitmentId id) {
        return recruitments.get(id);
    }

    public Application application(ApplicationNumber number) {
        return applications.get(number);
    }

    /** Checks an application as it arrives; the facts are taken on the recruitment's closing day. */
    public Application checkEligibility(ApplicationNumber number, EligibilityTable table) {
        Application application = applications.get(number);
        CommitteeRecruitment recruitment = recruitments.get(application.recruitment());
        application.recordEligibility(table.evaluate(application.eligibilityFacts(recruitment.closingDay())));
        applications.update(application);
        return application;
    }

    /** Closes the recruitment; returns how many eligible applications it has. */
    public int close(RecruitmentId id) {
        CommitteeRecruitment recruitment = recruitments.get(id);
        recruitment.close();
        recruitments.update(recruitment);
        return eligible(id).size();
    }

    public List<ApplicationNumber> eligible(RecruitmentId id) {
        return Ranking.eligible(applications.ofRecruitment(id));
    }

    public void score(ApplicationNumber number, Score score) {
        Application application = applications.get(number);
        application.score(score);
        applications.update(application);
    }

    /** Chooses the best by the panel's scores (method SCORE). */
    public List<ApplicationNumber> selectByScore(RecruitmentId id) {
        CommitteeRecruitment recruitment = recruitments.get(id);
        List<ApplicationNumber> chosen = Ranking.best(applications.ofRecruitment(id), recruitment.seats());
        recruitment.recordSelection(chosen, null);
        recruitments.update(recruitment);
        return chosen;
    }

    /**
     * The list a lottery draws from, in its published order: every eligible application (LOTTERY), or those whose
     * average reaches the pass mark (SCORE_THEN_LOTTERY).
     */
    public List<ApplicationNumber> lotteryList(RecruitmentId id) {
        CommitteeRecruitment recruitment = recruitments.get(id);
        List<Application> all = applications.ofRecruitment(id);
        return recruitment.method() == SelectionMethod.SCORE_THEN_LOTTERY
                ? Ranking.passing(all, recruitment.terms().passMark())
                : Ranking.eligible(all);
    }

    /** Draws the public lottery with the seed drawn in front of the witnesses and records the result. */
    public LotteryDraw drawLottery(RecruitmentId id, String seed, String witnesses) {
        CommitteeRecruitment recruitment = recruitments.get(id);
        LotteryDraw draw = LotteryDraw.of(seed, witnesses, lotteryList(id), recruitment.seats());
        recruitment.recordSelection(draw.chosen(), draw);
        recruitments.update(recruitment);
        return draw;
    }

    /** What the composition table reads about the committee's next term with the selection. */
    public CompositionFacts compositionFacts(RecruitmentId id) {
        CommitteeRecruitment recruitment = recruitments.get(id);
        Committee committee = committees.get(recruitment.committee());
        List<Application> all = applications.ofRecruitment(id);
        List<Application> chosen = all.stream().filter(app -> recruitment.selected().contains(app.number())).toList();
        List<Application> left = all.stream().filter(Application::isEligible)
                .filter(app -> !recruitment.selected().contains(app.number())).toList();
        return CompositionFacts.of(committee, committee.membersOn(recruitment.terms().termStartsOn()), chosen, left);
    }

    public void flagComposition(RecruitmentId id, List<String> flags) {
        CommitteeRecruitment recruitment = recruitments.get(id);
        recruitment.flagComposition(flags);
        recruitments.update(recruitment);
    }

    /** The head of the city approved: the chosen applicants become members for the term; the others are declined. */
    public List<Member> appointSelected(RecruitmentId id) {
        CommitteeRecruitment recruitment = recruitments.get(id);
        Committee committee = committees.get(recruitment.committee());
        Term term = committee.termStarting(recruitment.terms().termStartsOn());
        List<Member> appointed = new java.util.ArrayList<>();
        for (Application application : applications.ofRecruitment(id)) {
            if (application.outcome() != ApplicationOutcome.ELIGIBLE) {
                continue;
            }
            if (recruitment.selected().contains(application.number())) {
                application.select();
                Member member = Member.recruited(application.applicant().name(), application.applicant().sex(), term,
                        application.number());
                committee.appoint(member);
                appointed.add(member);
            } else {
                application.decline();
            }
            applications.update(application);
        }
        recruitment.appointSelected();
        recruitments.update(recruitment);
        committees.update(committee);
        return appointed;
    }

    /** No eligible applicant or no approval: every eligible applicant is declined; the division appoints directly. */
    public void handToDirectAppointment(RecruitmentId id) {
        CommitteeRecruitment recruitment = recruitments.get(id);
        for (Application application : applications.ofRecruitment(id)) {
            if (application.outcome() == ApplicationOutcome.ELIGIBLE) {
                application.decline();
                applications.update(application);
            }
        }
        recruitment.handToDirectAppointment();
        recruitments.update(recruitment);
    }

    /** Applications whose applicant still waits for the result (the ineligible were told when checked). */
    public List<Application> awaitingResult(RecruitmentId id) {
        return applications.ofRecruitment(id).stream()
                .filter(app -> app.outcome() == ApplicationOutcome.SELECTED
                        || app.outcome() == ApplicationOutcome.NOT_SELECTED)
                .filter(app -> !app.resultSent()).toList();
    }

    public void recordResultSent(ApplicationNumber number) {
        Application application = applications.get(number);
        application.recordResultSent();
        applications.update(application);
    }
}
