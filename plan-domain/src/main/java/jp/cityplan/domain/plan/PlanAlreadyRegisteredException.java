package jp.cityplan.domain.plan;

/** A plan whose id is already stored; plans are not replaced by a second import. */
public class PlanAlreadyRegisteredException extends RuntimeException {

    private final PlanId planId;

    public PlanAlreadyRegisteredException(PlanId planId) {
        this(planId, null);
    }

    /** The store found the id taken (e.g. another node registered the same plan at the same moment). */
    public PlanAlreadyRegisteredException(PlanId planId, Throwable cause) {
        super("plan " + planId + " is already registered", cause);
        this.planId = planId;
    }

    public PlanId planId() {
        return planId;
    }
}
