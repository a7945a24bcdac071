package jp.cityplan.domain.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import jp.cityplan.domain.shared.Require;

/**
 * The content of a yearly evaluation sheet (事務事業評価シート) of an initiative: purpose, performance indicators,
 * cost, assessment and direction, with the division's remarks (所見).
 */
public record EvaluationSheet(
        Purpose purpose,
        List<PerformanceIndicator> indicators,
        Cost cost,
        Assessment assessment,
        Direction direction,
        String remarks) {

    public EvaluationSheet {
        Require.present(purpose, "purpose");
        indicators = Require.list(indicators, "indicators");
        if (indicators.isEmpty()) {
            throw new IllegalArgumentException("an evaluation sheet needs at least one indicator");
        }
        Require.present(cost, "cost");
        Require.present(assessment, "assessment");
        Require.present(direction, "direction");
        Require.optionalText(remarks, "remarks");
    }

    public List<PerformanceIndicator> indicatorsOf(IndicatorKind kind) {
        return indicators.stream().filter(i -> i.kind() == kind).toList();
    }

    /** The mean achievement rate of the indicators that have one, one decimal; empty where none has. */
    public Optional<BigDecimal> meanAchievementRate() {
        List<BigDecimal> rates = indicators.stream().flatMap(i -> i.achievementRate().stream()).toList();
        if (rates.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(rates.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(rates.size()), 1, RoundingMode.HALF_UP));
    }
}
