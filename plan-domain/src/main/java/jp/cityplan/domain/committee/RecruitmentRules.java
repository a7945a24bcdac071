package jp.cityplan.domain.committee;

import java.time.Duration;
import jp.cityplan.domain.shared.Require;

/**
 * The city's rules for every recruitment, given by configuration: the shortest period a call may be open (about
 * three weeks across Japanese cities) and the longest essay a recruitment may ask for.
 */
public record RecruitmentRules(Duration minimumPeriod, int maximumEssayLimit) {

    public static final Duration DEFAULT_MINIMUM_PERIOD = Duration.ofDays(21);
    public static final int DEFAULT_MAXIMUM_ESSAY_LIMIT = 2000;

    public RecruitmentRules {
        Require.present(minimumPeriod, "minimum period");
        if (minimumPeriod.isNegative() || minimumPeriod.isZero()) {
            throw new IllegalArgumentException("minimum period must be positive");
        }
        if (maximumEssayLimit < 1) {
            throw new IllegalArgumentException("maximum essay limit must be positive");
        }
    }

    public static RecruitmentRules defaults() {
        return new RecruitmentRules(DEFAULT_MINIMUM_PERIOD, DEFAULT_MAXIMUM_ESSAY_LIMIT);
    }
}
