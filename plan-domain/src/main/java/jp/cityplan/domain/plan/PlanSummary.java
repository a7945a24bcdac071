package jp.cityplan.domain.plan;

import jp.cityplan.domain.shared.Municipality;

/** A plan as a list shows it. */
public record PlanSummary(PlanId id, String title, Municipality municipality) {
}
