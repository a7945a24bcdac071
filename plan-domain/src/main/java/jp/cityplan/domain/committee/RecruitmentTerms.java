package jp.cityplan.domain.committee;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.cityplan.domain.shared.Require;

/**
 * What the responsible division sets when it opens a recruitment: the committee, the seats offered, the period, the
 * essay's theme and length, how members are chosen (with the pass mark where scores feed a lottery), the first day
 * of the members' term and the day applicants can expect the result.
 */
public record RecruitmentTerms(CommitteeId committee, int seats, Instant opensAt, Instant closesAt, String essayTheme,
                               int essayLimit, SelectionMethod method, Integer passMark, LocalDate termStartsOn,
                               LocalDate resultExpectedOn) {

    public RecruitmentTerms {
        Require.present(committee, "committee");
        Require.present(opensAt, "opens at");
        Require.present(closesAt, "closes at");
        Require.text(essayTheme, "essay theme");
        Require.present(method, "selection method");
        Require.present(termStartsOn, "term start");
        Require.present(resultExpectedOn, "result expected on");
    }

    /** Every field the city's rules and the committee do not allow; empty when the terms are acceptable. */
    public List<FieldError> violationsOf(RecruitmentRules rules, Committee forCommittee) {
        List<FieldError> errors = new ArrayList<>();
        if (seats < 1) {
            errors.add(new FieldError("seats", FieldError.Reason.TOO_SMALL, 1));
        } else if (seats > forCommittee.publicSeats()) {
            errors.add(new FieldError("seats", FieldError.Reason.TOO_LARGE, forCommittee.publicSeats()));
        }
        if (Duration.between(opensAt, closesAt).compareTo(rules.minimumPeriod()) < 0) {
            errors.add(new FieldError("closesAt", FieldError.Reason.PERIOD_TOO_SHORT,
                    (int) rules.minimumPeriod().toDays()));
        }
        if (essayLimit < 1) {
            errors.add(new FieldError("essayLimit", FieldError.Reason.TOO_SMALL, 1));
        } else if (essayLimit > rules.maximumEssayLimit()) {
            errors.add(new FieldError("essayLimit", FieldError.Reason.TOO_LARGE, rules.maximumEssayLimit()));
        }
        if (method == SelectionMethod.SCORE_THEN_LOTTERY && (passMark == null || passMark < 0 || passMark > 100)) {
            errors.add(FieldError.of("passMark", FieldError.Reason.REQUIRED));
        }
        LocalDate closingDay = closesAt.atZone(CommitteeRecruitment.CITY_ZONE).toLocalDate();
        if (resultExpectedOn.isBefore(closingDay)) {
            errors.add(FieldError.of("resultExpectedOn", FieldError.Reason.TOO_SMALL));
        }
        if (!termStartsOn.isAfter(closingDay)) {
            errors.add(FieldError.of("termStartsOn", FieldError.Reason.TOO_SMALL));
        }
        return errors;
    }
}
