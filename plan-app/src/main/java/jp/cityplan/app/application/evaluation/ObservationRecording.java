package jp.cityplan.app.application.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import jp.cityplan.domain.indicator.ObservationEntries;
import jp.cityplan.domain.indicator.ObservationEntry;
import jp.cityplan.domain.indicator.ObservationFields;
import jp.cityplan.domain.plan.ComprehensivePlan;
import jp.cityplan.domain.plan.ComprehensivePlans;
import jp.cityplan.domain.plan.PlanId;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff enter a value of one of the plan's indicators (職員数, 実質公債費比率 …) with its source; the value is checked
 * against the plan and replaces an earlier value of the same series and fiscal year.
 */
public class ObservationRecording {

    private final ComprehensivePlans plans;
    private final ObservationEntries entries;
    private final Clock clock;

    public ObservationRecording(ComprehensivePlans plans, ObservationEntries entries, Clock clock) {
        this.plans = plans;
        this.entries = entries;
        this.clock = clock;
    }

    /** What was recorded, and whether it was new (or replaced a value). */
    public record Recorded(ObservationEntry entry, boolean added) {
    }

    public ComprehensivePlan plan(PlanId planId) {
        return plans.findById(planId).orElseThrow(() -> new UnknownPlanPartException("plan " + planId));
    }

    /**
     * @throws jp.cityplan.domain.shared.InvalidInputException naming every field that cannot be accepted
     */
    @Transactional
    public Recorded record(PlanId planId, Map<String, String> fields, String staffUser) {
        return record(plan(planId), fields, staffUser);
    }

    @Transactional
    public Recorded record(ComprehensivePlan plan, Map<String, String> fields, String staffUser) {
        ObservationEntry entry = ObservationFields.read(fields, plan, staffUser, clock.instant(), LocalDate.now(clock));
        return new Recorded(entry, entries.record(entry));
    }
}
