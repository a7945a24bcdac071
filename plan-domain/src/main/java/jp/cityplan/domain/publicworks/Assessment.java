package jp.cityplan.domain.publicworks;

/** One examined point of the sheet: a score from 1 (poor) to 5 (good) and the division's remarks. */
public record Assessment(int score, String remarks) {

    public Assessment {
        if (score < 1 || score > 5) {
            throw new IllegalArgumentException("score must be 1 to 5: " + score);
        }
        jp.cityplan.domain.shared.Require.text(remarks, "remarks");
    }
}
