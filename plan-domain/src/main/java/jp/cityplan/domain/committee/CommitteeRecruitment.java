package jp.cityplan.domain.committee;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import jp.cityplan.domain.shared.Require;

/**
 * A public call for committee members (委員の公募): open for its period, then closed, screened and selected, approved
 * by the head of the city and appointed, or handed to the division for a direct appointment. The methods say what
 * happens; each refuses what the recruitment's state does not allow.
 */
public final class CommitteeRecruitment {

    /** The city's time zone: the closing time and the dates people see are in Japan. */
    public static final ZoneId CITY_ZONE = ZoneId.of("Asia/Tokyo");

    private final RecruitmentId id;
    private final RecruitmentTerms terms;
    private RecruitmentState state;
    private List<ApplicationNumber> selected;
    private LotteryDraw lottery;
    private List<String> compositionFlags;
    private final long version;

    private CommitteeRecruitment(RecruitmentId id, RecruitmentTerms terms, RecruitmentState state,
                                 List<ApplicationNumber> selected, LotteryDraw lottery, List<String> compositionFlags,
                                 long version) {
        this.id = Require.present(id, "recruitment id");
        this.terms = Require.present(terms, "recruitment terms");
        this.state = Require.present(state, "recruitment state");
        this.selected = Require.list(selected, "selected applications");
        this.lottery = lottery;
        this.compositionFlags = Require.list(compositionFlags, "composition flags");
        this.version = version;
    }

    /**
     * Opens a recruitment for the committee; refuses terms the rules do not allow (a period under the minimum, more
     * seats than the committee's public seats, an essay limit over the maximum) with every wrong field named.
     */
    public static CommitteeRecruitment open(RecruitmentId id, RecruitmentTerms terms, Committee committee,
                                            RecruitmentRules rules) {
        Require.present(terms, "recruitment terms");
        if (!committee.id().equals(terms.committee())) {
            throw new IllegalArgumentException("terms for " + terms.committee() + " given with committee " + committee.id());
        }
        List<FieldError> errors = terms.violationsOf(Require.present(rules, "rules"), committee);
        if (!errors.isEmpty()) {
            throw new InvalidRecruitmentException(errors);
        }
        return new CommitteeRecruitment(id, terms, RecruitmentState.OPEN, List.of(), null, List.of(), 0L);
    }

    public static CommitteeRecruitment restore(RecruitmentId id, RecruitmentTerms terms, RecruitmentState state,
                                               List<ApplicationNumber> selected, LotteryDraw lottery,
                                               List<String> compositionFlags, long version) {
        return new CommitteeRecruitment(id, terms, state, selected, lottery, compositionFlags, version);
    }

    /** True while applications are accepted: from the opening to the closing time (exclusive). */
    public boolean isOpenAt(Instant moment) {
        return state == RecruitmentState.OPEN && !moment.isBefore(terms.opensAt()) && moment.isBefore(terms.closesAt());
    }

    /** The period has ended: no more applications. */
    public void close() {
        requireState(RecruitmentState.OPEN, "closed");
        state = RecruitmentState.CLOSED;
    }

    /** The panel (and the lottery, where there is one) chose these applications. */
    public void recordSelection(List<ApplicationNumber> chosen, LotteryDraw draw) {
        requireState(RecruitmentState.CLOSED, "given a selection");
        List<ApplicationNumber> members = Require.list(chosen, "selected applications");
        if (members.size() > terms.seats()) {
            throw new IllegalArgumentException(members.size() + " chosen for " + terms.seats() + " seats of " + id);
        }
        if (terms.method().needsLottery() && draw == null) {
            throw new IllegalArgumentException("recruitment " + id + " chooses by lottery: the draw is missing");
        }
        selected = members;
        lottery = draw;
        state = RecruitmentState.SELECTED;
    }

    /** What the composition table flagged about the selection, for the head of the city to see. */
    public void flagComposition(List<String> flags) {
        requireState(RecruitmentState.SELECTED, "flagged");
        compositionFlags = Require.list(flags, "composition flags");
    }

    /** The head of the city approved the selection; the chosen applicants are appointed. */
    public void appointSelected() {
        requireState(RecruitmentState.SELECTED, "appointed");
        state = RecruitmentState.APPOINTED;
    }

    /** No eligible applicant, or the selection was not approved: the division appoints members directly. */
    public void handToDirectAppointment() {
        if (state != RecruitmentState.CLOSED && state != RecruitmentState.SELECTED) {
            throw new IllegalStateException("recruitment " + id + " is " + state + " and cannot go to direct appointment");
        }
        state = RecruitmentState.DIRECT_APPOINTMENT;
    }

    private void requireState(RecruitmentState expected, String action) {
        if (state != expected) {
            throw new IllegalStateException("recruitment " + id + " is " + state + " and cannot be " + action);
        }
    }

    public RecruitmentId id() {
        return id;
    }

    public RecruitmentTerms terms() {
        return terms;
    }

    public CommitteeId committee() {
        return terms.committee();
    }

    public int seats() {
        return terms.seats();
    }

    public SelectionMethod method() {
        return terms.method();
    }

    public LocalDate closingDay() {
        return terms.closesAt().atZone(CITY_ZONE).toLocalDate();
    }

    public RecruitmentState state() {
        return state;
    }

    public List<ApplicationNumber> selected() {
        return selected;
    }

    public Optional<LotteryDraw> lottery() {
        return Optional.ofNullable(lottery);
    }

    public List<String> compositionFlags() {
        return compositionFlags;
    }

    public long version() {
        return version;
    }
}
