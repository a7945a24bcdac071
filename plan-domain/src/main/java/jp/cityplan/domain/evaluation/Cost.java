package jp.cityplan.domain.evaluation;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import jp.cityplan.domain.shared.Require;

/**
 * The cost of an initiative in a fiscal year: the project cost (事業費) in yen by funding source, and the staff cost
 * (人件費) as staff-years (従事職員数, e.g. 1.5 人工). Every funding source has an amount, zero where none.
 */
public record Cost(Map<FundingSource, Long> projectCostYen, BigDecimal staffYears) {

    public Cost {
        Require.present(projectCostYen, "project cost");
        Require.present(staffYears, "staff-years");
        EnumMap<FundingSource, Long> copy = new EnumMap<>(FundingSource.class);
        for (FundingSource source : FundingSource.values()) {
            Long amount = projectCostYen.get(source);
            if (amount == null || amount < 0) {
                throw new IllegalArgumentException("project cost from " + source + " must be present and not negative");
            }
            copy.put(source, amount);
        }
        if (staffYears.signum() < 0) {
            throw new IllegalArgumentException("staff-years must not be negative");
        }
        projectCostYen = Map.copyOf(copy);
    }

    public long amountFrom(FundingSource source) {
        return projectCostYen.get(source);
    }

    /** 事業費 in total. */
    public long totalProjectCostYen() {
        return projectCostYen.values().stream().mapToLong(Long::longValue).sum();
    }
}
