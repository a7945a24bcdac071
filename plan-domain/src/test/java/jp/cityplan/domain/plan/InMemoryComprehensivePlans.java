package jp.cityplan.domain.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A tiny in-memory fake of the port; like a unique key in a database, it never stores an id twice. */
class InMemoryComprehensivePlans implements ComprehensivePlans {

    private final Map<PlanId, ComprehensivePlan> plans = new LinkedHashMap<>();
    private int adds;

    @Override
    public Optional<ComprehensivePlan> findById(PlanId id) {
        return Optional.ofNullable(plans.get(id));
    }

    @Override
    public boolean exists(PlanId id) {
        return plans.containsKey(id);
    }

    @Override
    public List<PlanSummary> summaries() {
        return new ArrayList<>(plans.values().stream().map(ComprehensivePlan::summary).toList());
    }

    @Override
    public void add(ComprehensivePlan plan) {
        adds++;
        if (plans.putIfAbsent(plan.id(), plan) != null) {
            throw new PlanAlreadyRegisteredException(plan.id());
        }
    }

    /** How many times {@link #add} was called, whether or not it stored anything. */
    int adds() {
        return adds;
    }
}
