package jp.cityplan.domain.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import jp.cityplan.domain.shared.Require;

/**
 * An activity or outcome indicator (活動指標 / 成果指標) of an evaluation sheet: its target (目標値) and actual value
 * (実績値) for the fiscal year. The achievement rate (達成率) is computed, never entered.
 */
public record PerformanceIndicator(IndicatorKind kind, String name, String unit, BigDecimal target, BigDecimal actual) {

    public PerformanceIndicator {
        Require.present(kind, "indicator kind");
        Require.text(name, "indicator name");
        Require.text(unit, "indicator unit");
        Require.present(target, "target");
        Require.present(actual, "actual");
        if (target.signum() < 0 || actual.signum() < 0) {
            throw new IllegalArgumentException("target and actual of indicator " + name + " must not be negative");
        }
    }

    /** Actual over target in percent, one decimal, half up; empty where the target is zero. */
    public Optional<BigDecimal> achievementRate() {
        if (target.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(actual.multiply(BigDecimal.valueOf(100)).divide(target, 1, RoundingMode.HALF_UP));
    }
}
