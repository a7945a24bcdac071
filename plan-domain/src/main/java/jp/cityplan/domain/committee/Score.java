package jp.cityplan.domain.committee;

import jp.cityplan.domain.shared.Require;

/** One panel member's score (0–100) of one application. */
public record Score(String panelMember, int points) {

    public static final int MAXIMUM = 100;

    public Score {
        Require.text(panelMember, "panel member");
        if (points < 0 || points > MAXIMUM) {
            throw new IllegalArgumentException("a score is between 0 and " + MAXIMUM);
        }
    }
}
