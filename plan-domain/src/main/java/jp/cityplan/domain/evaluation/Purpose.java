package jp.cityplan.domain.evaluation;

import jp.cityplan.domain.shared.Require;

/** The purpose of an initiative as the sheet states it: 目的 (objective), 対象 (target group), 意図 (intent), 手段 (means). */
public record Purpose(String objective, String target, String intent, String means) {

    public static final int MAX_LENGTH = 1000;

    public Purpose {
        Require.text(objective, "objective");
        Require.text(target, "target");
        Require.text(intent, "intent");
        Require.text(means, "means");
    }
}
