package jp.cityplan.domain.plan;

import jp.cityplan.domain.shared.Require;

/** One thing wrong with a plan: where (e.g. {@code approach 3-1, row 4}) and why. */
public record PlanProblem(String place, String reason) {

    public PlanProblem {
        Require.text(place, "problem place");
        Require.text(reason, "problem reason");
    }

    @Override
    public String toString() {
        return place + ": " + reason;
    }
}
