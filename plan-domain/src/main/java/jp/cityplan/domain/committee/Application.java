package jp.cityplan.domain.committee;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.cityplan.domain.shared.Require;

/**
 * A citizen's application to a recruitment (応募): the applicant, the reasons and the essay, and what the city did
 * with it: the eligibility check with its reasons, the panel's scores, the result and whether the applicant was told.
 */
public final class Application {

    private final ApplicationNumber number;
    private final RecruitmentId recruitment;
    private final Applicant applicant;
    private final String reasons;
    private final String essay;
    private final Instant receivedAt;
    private ApplicationOutcome outcome;
    private List<Ineligibility> ineligibilities;
    private final List<Score> scores;
    private boolean resultSent;
    private final long version;

    private Application(ApplicationNumber number, RecruitmentId recruitment, Applicant applicant, String reasons,
                        String essay, Instant receivedAt, ApplicationOutcome outcome, List<Ineligibility> ineligibilities,
                        List<Score> scores, boolean resultSent, long version) {
        this.number = Require.present(number, "application number");
        this.recruitment = Require.present(recruitment, "recruitment");
        this.applicant = Require.present(applicant, "applicant");
        this.reasons = Require.text(reasons, "reasons");
        this.essay = Require.text(essay, "essay");
        this.receivedAt = Require.present(receivedAt, "received at");
        this.outcome = Require.present(outcome, "outcome");
        this.ineligibilities = Require.list(ineligibilities, "ineligibilities");
        this.scores = new ArrayList<>(Require.list(scores, "scores"));
        this.resultSent = resultSent;
        this.version = version;
    }

    static Application receive(ApplicationNumber number, RecruitmentId recruitment, Applicant applicant, String reasons,
                               String essay, Instant receivedAt) {
        return new Application(number, recruitment, applicant, reasons, essay, receivedAt, ApplicationOutcome.RECEIVED,
                List.of(), List.of(), false, 0L);
    }

    public static Application restore(ApplicationNumber number, RecruitmentId recruitment, Applicant applicant,
                                      String reasons, String essay, Instant receivedAt, ApplicationOutcome outcome,
                                      List<Ineligibility> ineligibilities, List<Score> scores, boolean resultSent,
                                      long version) {
        return new Application(number, recruitment, applicant, reasons, essay, receivedAt, outcome, ineligibilities,
                scores, resultSent, version);
    }

    /** Records what the eligibility table found: no reasons means eligible. */
    public void recordEligibility(List<Ineligibility> reasonsFound) {
        requireOutcome(ApplicationOutcome.RECEIVED, "checked for eligibility");
        ineligibilities = Require.list(reasonsFound, "ineligibilities");
        outcome = ineligibilities.isEmpty() ? ApplicationOutcome.ELIGIBLE : ApplicationOutcome.INELIGIBLE;
    }

    /** A panel member scores the application; scoring again replaces the member's score. */
    public void score(Score score) {
        requireOutcome(ApplicationOutcome.ELIGIBLE, "scored");
        Require.present(score, "score");
        scores.removeIf(existing -> existing.panelMember().equals(score.panelMember()));
        scores.add(score);
    }

    public void select() {
        requireOutcome(ApplicationOutcome.ELIGIBLE, "selected");
        outcome = ApplicationOutcome.SELECTED;
    }

    public void decline() {
        requireOutcome(ApplicationOutcome.ELIGIBLE, "declined");
        outcome = ApplicationOutcome.NOT_SELECTED;
    }

    /** The selection was not approved: a selected application becomes not selected. */
    public void withdrawSelection() {
        requireOutcome(ApplicationOutcome.SELECTED, "deselected");
        outcome = ApplicationOutcome.NOT_SELECTED;
    }

    /** The applicant was told the result. */
    public void recordResultSent() {
        resultSent = true;
    }

    /** The mean of the panel's scores, to two decimals; empty before anyone scored. */
    public Optional<BigDecimal> averageScore() {
        if (scores.isEmpty()) {
            return Optional.empty();
        }
        int total = scores.stream().mapToInt(Score::points).sum();
        return Optional.of(BigDecimal.valueOf(total).divide(BigDecimal.valueOf(scores.size()), 2, RoundingMode.HALF_UP));
    }

    public EligibilityFacts eligibilityFacts(java.time.LocalDate onDay) {
        return new EligibilityFacts(applicant.ageOn(onDay), applicant.relation(), applicant.position(),
                applicant.otherSeats());
    }

    private void requireOutcome(ApplicationOutcome expected, String action) {
        if (outcome != expected) {
            throw new IllegalStateException("application " + number + " is " + outcome + " and cannot be " + action);
        }
    }

    public ApplicationNumber number() {
        return number;
    }

    public RecruitmentId recruitment() {
        return recruitment;
    }

    public Applicant applicant() {
        return applicant;
    }

    public String reasons() {
        return reasons;
    }

    public String essay() {
        return essay;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public ApplicationOutcome outcome() {
        return outcome;
    }

    public boolean isEligible() {
        return outcome == ApplicationOutcome.ELIGIBLE || outcome == ApplicationOutcome.SELECTED
                || outcome == ApplicationOutcome.NOT_SELECTED;
    }

    public List<Ineligibility> ineligibilities() {
        return ineligibilities;
    }

    public List<Score> scores() {
        return List.copyOf(scores);
    }

    public boolean resultSent() {
        return resultSent;
    }

    public long version() {
        return version;
    }

    @Override
    public String toString() {
        return "Application[" + number + ", " + outcome + "]";
    }
}
