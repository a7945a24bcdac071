package jp.cityplan.domain.indicator;

import java.time.Instant;
import jp.cityplan.domain.plan.PlanId;
import jp.cityplan.domain.shared.Require;

/**
 * A value of an indicator entered by staff: the observation itself, the source it was taken from (出典, e.g.
 * 「人事行政課資料」 or a 財政状況資料集 of a given year) and who entered it when (a staff user id, never a citizen).
 */
public record ObservationEntry(PlanId plan, IndicatorId indicator, Observation observation, String source,
                               String enteredBy, Instant enteredAt) {

    public static final int SOURCE_LENGTH = 200;

    public ObservationEntry {
        Require.present(plan, "plan");
        Require.present(indicator, "indicator");
        Require.present(observation, "observation");
        Require.text(source, "source");
        Require.text(enteredBy, "entered by");
        Require.present(enteredAt, "entered at");
    }
}
