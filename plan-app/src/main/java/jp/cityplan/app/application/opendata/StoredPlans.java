package jp.cityplan.app.application.opendata;

import java.util.List;
import java.util.Optional;
import jp.cityplan.domain.plan.ComprehensivePlan;
import jp.cityplan.domain.plan.ComprehensivePlans;

/** Every plan the deployment keeps, whole, for the datasets that list plan content. */
public final class StoredPlans {

    private StoredPlans() {
    }

    public static List<ComprehensivePlan> all(ComprehensivePlans plans) {
        return plans.summaries().stream().map(s -> plans.findById(s.id())).flatMap(Optional::stream).toList();
    }
}
