package jp.cityplan.domain.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The evaluation progress of a part of the plan (an approach, a measure, the whole plan) in one fiscal year:
 * how many of its initiatives have a confirmed evaluation, their mean achievement rate and how many go in each
 * direction. Only confirmed sheets count; the mean is over the confirmed initiatives that have a rate, each weighing
 * the same (an initiative's own rate is the mean of its indicators' rates).
 */
public record Progress(int initiatives, int evaluated, List<BigDecimal> achievementRates,
                       Map<Direction, Integer> directions) {

    public Progress {
        if (evaluated < 0 || evaluated > initiatives) {
            throw new IllegalArgumentException("evaluated " + evaluated + " of " + initiatives + " initiatives");
        }
        achievementRates = List.copyOf(achievementRates);
        EnumMap<Direction, Integer> copy = new EnumMap<>(Direction.class);
        for (Direction direction : Direction.values()) {
            copy.put(direction, directions.getOrDefault(direction, 0));
        }
        directions = Map.copyOf(copy);
    }

    public static Progress none(int initiatives) {
        return new Progress(initiatives, 0, List.of(), Map.of());
    }

    /** The progress of one initiative: its confirmed sheet, if any. */
    public static Progress of(Optional<EvaluationSheet> confirmed) {
        if (confirmed.isEmpty()) {
            return none(1);
        }
        EvaluationSheet sheet = confirmed.get();
        return new Progress(1, 1, sheet.meanAchievementRate().stream().toList(), Map.of(sheet.direction(), 1));
    }

    /** This and another part together. */
    public Progress plus(Progress other) {
        Map<Direction, Integer> sum = new EnumMap<>(directions);
        other.directions.forEach((direction, count) -> sum.merge(direction, count, Integer::sum));
        return new Progress(initiatives + other.initiatives, evaluated + other.evaluated,
                java.util.stream.Stream.concat(achievementRates.stream(), other.achievementRates.stream()).toList(),
                sum);
    }

    /** Evaluated initiatives in percent of all, one decimal; 0 for a part without initiatives. */
    public BigDecimal evaluatedShare() {
        if (initiatives == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf(evaluated * 100L).divide(BigDecimal.valueOf(initiatives), 1, RoundingMode.HALF_UP);
    }

    public Optional<BigDecimal> meanAchievementRate() {
        if (achievementRates.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(achievementRates.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(achievementRates.size()), 1, RoundingMode.HALF_UP));
    }

    public int count(Direction direction) {
        return directions.get(direction);
    }
}
