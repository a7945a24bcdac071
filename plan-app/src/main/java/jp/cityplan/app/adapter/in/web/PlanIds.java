package jp.cityplan.app.adapter.in.web;

import java.util.Optional;
import jp.cityplan.domain.plan.PlanId;

/** Reads a plan id from a URL: text that cannot be a plan id names no plan, so callers answer 404, not 400. */
public final class PlanIds {

    private PlanIds() {
    }

    public static Optional<PlanId> parse(String text) {
        try {
            return Optional.of(new PlanId(text));
        } catch (IllegalArgumentException notAPlanId) {
            return Optional.empty();
        }
    }
}
