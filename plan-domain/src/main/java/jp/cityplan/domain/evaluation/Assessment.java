package jp.cityplan.domain.evaluation;

import java.util.EnumMap;
import java.util.Map;
import jp.cityplan.domain.shared.Require;

/** The scores of an evaluation sheet, one per criterion (必要性 / 有効性 / 効率性 / 公平性 / 達成度). */
public record Assessment(Map<Criterion, Score> scores) {

    public Assessment {
        Require.present(scores, "scores");
        EnumMap<Criterion, Score> copy = new EnumMap<>(Criterion.class);
        for (Criterion criterion : Criterion.values()) {
            copy.put(criterion, Require.present(scores.get(criterion), "score of " + criterion));
        }
        scores = Map.copyOf(copy);
    }

    public Score scoreOf(Criterion criterion) {
        return scores.get(criterion);
    }

    /** The sum of all scores: 5 to 20. */
    public int total() {
        return scores.values().stream().mapToInt(Score::value).sum();
    }
}
