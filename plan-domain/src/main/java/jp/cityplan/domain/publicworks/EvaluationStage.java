package jp.cityplan.domain.publicworks;

import java.util.Set;

/** When a project is evaluated: 事前評価 (at adoption), 再評価 (while unstarted or running), 事後評価 (after completion). */
public enum EvaluationStage {
    EX_ANTE("EA"),
    RE_EVALUATION("RE"),
    EX_POST("EP");

    private final String code;

    EvaluationStage(String code) {
        this.code = code;
    }

    /** The two letters of the stage in an evaluation reference. */
    public String code() {
        return code;
    }

    /** The decisions the city may take at this stage. */
    public Set<EvaluationDecision> decisions() {
        return switch (this) {
            case EX_ANTE -> Set.of(EvaluationDecision.START, EvaluationDecision.CONTINUE_WITH_REVIEW,
                    EvaluationDecision.DISCONTINUE);
            case RE_EVALUATION -> Set.of(EvaluationDecision.CONTINUE, EvaluationDecision.CONTINUE_WITH_REVIEW,
                    EvaluationDecision.SUSPEND, EvaluationDecision.DISCONTINUE);
            case EX_POST -> Set.of(EvaluationDecision.CONTINUE, EvaluationDecision.CONTINUE_WITH_REVIEW);
        };
    }

    public static EvaluationStage ofCode(String code) {
        for (EvaluationStage stage : values()) {
            if (stage.code.equals(code)) {
                return stage;
            }
        }
        throw new IllegalArgumentException("unknown stage code " + code);
    }
}
