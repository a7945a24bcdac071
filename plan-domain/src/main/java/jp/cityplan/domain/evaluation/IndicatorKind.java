package jp.cityplan.domain.evaluation;

/** What a performance indicator of an evaluation sheet measures. */
public enum IndicatorKind {
    /** 活動指標: what the city did (e.g. number of sessions held). */
    ACTIVITY("活動指標"),
    /** 成果指標: what changed for the people served (e.g. share of users satisfied). */
    OUTCOME("成果指標");

    private final String japaneseName;

    IndicatorKind(String japaneseName) {
        this.japaneseName = japaneseName;
    }

    public String japaneseName() {
        return japaneseName;
    }
}
