package jp.cityplan.domain.evaluation;

/** What an evaluation sheet assesses, each scored 4 (best) to 1. */
public enum Criterion {
    NECESSITY("必要性"),
    EFFECTIVENESS("有効性"),
    EFFICIENCY("効率性"),
    FAIRNESS("公平性"),
    ACHIEVEMENT("達成度");

    private final String japaneseName;

    Criterion(String japaneseName) {
        this.japaneseName = japaneseName;
    }

    public String japaneseName() {
        return japaneseName;
    }
}
