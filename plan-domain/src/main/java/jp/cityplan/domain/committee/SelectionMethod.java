package jp.cityplan.domain.committee;

/**
 * How a recruitment chooses its members (選考方法), set per recruitment: by the panel's scores, by public lottery, or
 * a lottery among the applications whose average score reaches the pass mark.
 */
public enum SelectionMethod {
    SCORE,
    LOTTERY,
    SCORE_THEN_LOTTERY;

    public boolean needsScores() {
        return this != LOTTERY;
    }

    public boolean needsLottery() {
        return this != SCORE;
    }
}
