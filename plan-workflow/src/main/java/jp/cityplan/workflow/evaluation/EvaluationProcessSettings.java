package jp.cityplan.workflow.evaluation;

import java.time.Period;
import jp.cityplan.domain.shared.Require;

/**
 * What the city may change about the evaluation process: who confirms (the planning division's group) and how long
 * each step may take (the due dates of the tasks).
 */
public record EvaluationProcessSettings(String planningGroup, Period fillInPeriod, Period reviewPeriod,
                                        Period confirmationPeriod) {

    public EvaluationProcessSettings {
        Require.text(planningGroup, "planning group");
        positive(fillInPeriod, "fill-in period");
        positive(reviewPeriod, "review period");
        positive(confirmationPeriod, "confirmation period");
    }

    private static void positive(Period period, String field) {
        Require.present(period, field);
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException(field + " must be positive");
        }
    }

    /** Nihonmatsu's defaults: 政策推進課 confirms; 30 days to fill in, 7 to review, 14 to confirm. */
    public static EvaluationProcessSettings defaults() {
        return new EvaluationProcessSettings("div-policy-promotion", Period.ofDays(30), Period.ofDays(7), Period.ofDays(14));
    }
}
