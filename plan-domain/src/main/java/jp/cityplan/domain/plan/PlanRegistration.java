package jp.cityplan.domain.plan;

import jp.cityplan.domain.shared.Require;

/** Registers plans with the deployment: each plan id once; a repeated start or import never stores a plan twice. */
public final class PlanRegistration {

    /** What a registration did. */
    public enum Outcome {
        REGISTERED,
        ALREADY_REGISTERED
    }

    private final ComprehensivePlans plans;

    public PlanRegistration(ComprehensivePlans plans) {
        this.plans = Require.present(plans, "plans");
    }

    /** Stores the plan; refuses an id that is already stored. */
    public void register(ComprehensivePlan plan) {
        if (plans.exists(plan.id())) {
            throw new PlanAlreadyRegisteredException(plan.id());
        }
        plans.add(plan);
    }

    /**
     * Stores the plan unless its id is already stored (the shipped plan on every start). Another node storing the
     * same plan at the same moment counts as already registered.
     */
    public Outcome registerIfAbsent(ComprehensivePlan plan) {
        try {
            register(plan);
            return Outcome.REGISTERED;
        } catch (PlanAlreadyRegisteredException e) {
            return Outcome.ALREADY_REGISTERED;
        }
    }
}
