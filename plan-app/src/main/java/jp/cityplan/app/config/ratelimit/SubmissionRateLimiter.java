package jp.cityplan.app.config.ratelimit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.Optional;

/**
 * Token buckets per client for the public proposal endpoints: one for new proposals, one for requests that check a
 * receipt number and secret. Each holds a minute's allowance and refills steadily (greedy refill).
 */
public final class SubmissionRateLimiter {

    /** What a request costs a token of. */
    public enum Kind { SUBMISSION, LOOKUP }

    private final ClientBuckets submissions;
    private final ClientBuckets lookups;

    public SubmissionRateLimiter(RateLimitProperties properties, TimeMeter clock) {
        this.submissions = new ClientBuckets(properties.maxClients(),
                () -> perMinute(properties.submissionsPerMinute(), clock));
        this.lookups = new ClientBuckets(properties.maxClients(), () -> perMinute(properties.lookupsPerMinute(), clock));
    }

    /** Takes a token; empty when the request may go on, else how long until the next token. */
    public Optional<Duration> tryAcquire(Kind kind, String client) {
        ConsumptionProbe probe = (kind == Kind.SUBMISSION ? submissions : lookups).of(client).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    int clientsKept(Kind kind) {
        return (kind == Kind.SUBMISSION ? submissions : lookups).size();
    }

    private static Bucket perMinute(int tokens, TimeMeter clock) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(tokens).refillGreedy(tokens, Duration.ofMinutes(1)).build())
                .withCustomTimePrecision(clock)
                .build();
    }
}
