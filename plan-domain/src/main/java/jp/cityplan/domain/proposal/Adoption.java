package jp.cityplan.domain.proposal;

import java.math.BigDecimal;
import java.util.List;
import jp.cityplan.domain.plan.InitiativeCode;
import jp.cityplan.domain.shared.FiscalYear;
import jp.cityplan.domain.shared.Require;

/**
 * A proposal the city adopts (採用), linked to the initiatives it feeds, with the cost (円) and the period where known.
 */
public record Adoption(List<InitiativeCode> initiatives, BigDecimal estimatedCostYen, FiscalYear from, FiscalYear to) {

    public Adoption {
        initiatives = Require.list(initiatives, "adopted initiatives");
        if (initiatives.isEmpty()) {
            throw new IllegalArgumentException("an adoption names at least one initiative");
        }
        if (estimatedCostYen != null && estimatedCostYen.signum() < 0) {
            throw new IllegalArgumentException("estimated cost must not be negative");
        }
        if (from != null && to != null && to.compareTo(from) < 0) {
            throw new IllegalArgumentException("adoption period ends before it starts");
        }
    }
}
