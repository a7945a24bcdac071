package jp.cityplan.domain.publicworks;

/**
 * What the city decides after an evaluation: 事業着手 (a new project starts), 継続, 見直し継続, 休止, 中止. At ex-post
 * evaluation 継続 means the completed works need no further measures and 見直し継続 that improvement measures follow.
 */
public enum EvaluationDecision {
    START("事業着手"),
    CONTINUE("継続"),
    CONTINUE_WITH_REVIEW("見直し継続"),
    SUSPEND("休止"),
    DISCONTINUE("中止");

    private final String japaneseName;

    EvaluationDecision(String japaneseName) {
        this.japaneseName = japaneseName;
    }

    public String japaneseName() {
        return japaneseName;
    }
}
