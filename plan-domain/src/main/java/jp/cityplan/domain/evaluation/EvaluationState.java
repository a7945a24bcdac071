package jp.cityplan.domain.evaluation;

/** Where an evaluation sheet stands. */
public enum EvaluationState {
    /** Opened for the owning division to fill in (作成中). */
    OPEN("作成中"),
    /** Filled in and waiting for the division head (課長決裁待ち). */
    SUBMITTED("課長決裁待ち"),
    /** Sent back by the division head with a reason (差戻し). */
    RETURNED("差戻し"),
    /** Approved by the division head, waiting for the planning division (政策推進課確認待ち). */
    APPROVED("政策推進課確認待ち"),
    /** Confirmed by the planning division: the year's result (確定). */
    CONFIRMED("確定");

    private final String japaneseName;

    EvaluationState(String japaneseName) {
        this.japaneseName = japaneseName;
    }

    public String japaneseName() {
        return japaneseName;
    }
}
