package jp.cityplan.domain.plan;

import java.util.List;
import java.util.Optional;

/** The plans this deployment keeps (repository). */
public interface ComprehensivePlans {

    Optional<ComprehensivePlan> findById(PlanId id);

    boolean exists(PlanId id);

    /** Every plan, by id, without its tree. */
    List<PlanSummary> summaries();

    /** Stores a new plan whole; the caller has checked that its id is free. */
    void add(ComprehensivePlan plan);
}
