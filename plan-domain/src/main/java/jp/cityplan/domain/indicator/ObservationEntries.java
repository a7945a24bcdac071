package jp.cityplan.domain.indicator;

import java.util.List;
import jp.cityplan.domain.plan.PlanId;

/** The indicator values staff have entered (repository). One value per plan, indicator, series and fiscal year. */
public interface ObservationEntries {

    /** Every entry of the plan, by indicator, series and fiscal year. */
    List<ObservationEntry> ofPlan(PlanId plan);

    /**
     * Stores the entry; an entry for the same indicator, series and fiscal year is replaced (a corrected figure, or
     * the same file imported again).
     *
     * @return true where a new value was added, false where one was replaced
     */
    boolean record(ObservationEntry entry);
}
