package jp.cityplan.domain.evaluation;

/** Where an initiative goes next (今後の方向性), the outcome of its evaluation. */
public enum Direction {
    EXPAND("拡充"),
    CONTINUE("継続"),
    IMPROVE("改善"),
    REDUCE("縮小"),
    SUSPEND_OR_ABOLISH("休止・廃止");

    private final String japaneseName;

    Direction(String japaneseName) {
        this.japaneseName = japaneseName;
    }

    public String japaneseName() {
        return japaneseName;
    }
}
