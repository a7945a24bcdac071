package jp.cityplan.app.config.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import jp.cityplan.app.config.ratelimit.SubmissionRateLimiter.Kind;
import org.junit.jupiter.api.Test;

/** Which requests cost a token of which kind. */
class RateLimitFilterTest {

    @Test
    void new_proposals_are_submissions() {
        assertThat(RateLimitFilter.classify("POST", "/api/proposals")).contains(Kind.SUBMISSION);
        assertThat(RateLimitFilter.classify("POST", "/proposals/new")).contains(Kind.SUBMISSION);
    }

    @Test
    void everything_that_checks_a_secret_is_a_lookup() {
        assertThat(RateLimitFilter.classify("GET", "/api/proposals/P2026-00042")).contains(Kind.LOOKUP);
        assertThat(RateLimitFilter.classify("HEAD", "/api/proposals/P2026-00042")).contains(Kind.LOOKUP);
        assertThat(RateLimitFilter.classify("POST", "/api/proposals/P2026-00042/withdrawal")).contains(Kind.LOOKUP);
        assertThat(RateLimitFilter.classify("POST", "/proposals/status")).contains(Kind.LOOKUP);
        assertThat(RateLimitFilter.classify("POST", "/proposals/withdrawal")).contains(Kind.LOOKUP);
    }

    @Test
    void reading_pages_and_the_published_answers_costs_nothing() {
        assertThat(RateLimitFilter.classify("GET", "/api/proposals/published")).isEqualTo(Optional.empty());
        assertThat(RateLimitFilter.classify("GET", "/proposals/new")).isEmpty();
        assertThat(RateLimitFilter.classify("GET", "/proposals/status")).isEmpty();
        assertThat(RateLimitFilter.classify("GET", "/proposals/received")).isEmpty();
        assertThat(RateLimitFilter.classify("GET", "/api/plans")).isEmpty();
    }

    @Test
    void committee_applications_cost_a_submission_token() {
        assertThat(RateLimitFilter.classify("POST", "/api/recruitments/R2026-001/applications")).contains(Kind.SUBMISSION);
        assertThat(RateLimitFilter.classify("POST", "/recruitments/R2026-001/apply")).contains(Kind.SUBMISSION);
        assertThat(RateLimitFilter.classify("GET", "/recruitments/R2026-001/apply")).isEmpty();
        assertThat(RateLimitFilter.classify("GET", "/api/recruitments")).isEmpty();
    }
}
