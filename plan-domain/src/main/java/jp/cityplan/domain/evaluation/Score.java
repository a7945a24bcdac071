package jp.cityplan.domain.evaluation;

/** A score on one criterion: 4 (高い) to 1 (低い). */
public record Score(int value) {

    public static final int HIGHEST = 4;
    public static final int LOWEST = 1;

    public Score {
        if (value < LOWEST || value > HIGHEST) {
            throw new IllegalArgumentException("score " + value + " is outside " + LOWEST + "-" + HIGHEST);
        }
    }
}
