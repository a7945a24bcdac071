package jp.cityplan.app.config.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import jp.cityplan.app.config.ratelimit.SubmissionRateLimiter.Kind;
import org.junit.jupiter.api.Test;

/** The buckets on a clock the test moves: a minute's allowance, steady refill, separate kinds and clients. */
class SubmissionRateLimiterTest {

    private final ManualClock clock = new ManualClock();
    private final SubmissionRateLimiter limiter = new SubmissionRateLimiter(
            new RateLimitProperties(true, 10, 30, 0, 3), clock);

    @Test
    void ten_submissions_a_minute_then_a_wait_that_the_refill_ends() {
        for (int i = 0; i < 10; i++) {
            assertThat(limiter.tryAcquire(Kind.SUBMISSION, "a")).as("submission %d", i + 1).isEmpty();
        }
        Optional<Duration> wait = limiter.tryAcquire(Kind.SUBMISSION, "a");
        assertThat(wait).hasValueSatisfying(d -> assertThat(d).isEqualTo(Duration.ofSeconds(6)));

        clock.advance(Duration.ofSeconds(5));
        assertThat(limiter.tryAcquire(Kind.SUBMISSION, "a")).isPresent();
        clock.advance(Duration.ofSeconds(1));
        assertThat(limiter.tryAcquire(Kind.SUBMISSION, "a")).isEmpty();
        assertThat(limiter.tryAcquire(Kind.SUBMISSION, "a")).isPresent();

        clock.advance(Duration.ofMinutes(1));
        for (int i = 0; i < 10; i++) {
            assertThat(limiter.tryAcquire(Kind.SUBMISSION, "a")).isEmpty();
        }
        assertThat(limiter.tryAcquire(Kind.SUBMISSION, "a")).isPresent();
    }

    @Test
    void kinds_and_clients_have_their_own_buckets() {
        for (int i = 0; i < 10; i++) {
            limiter.tryAcquire(Kind.SUBMISSION, "a");
        }
        assertThat(limiter.tryAcquire(Kind.SUBMISSION, "a")).isPresent();
        assertThat(limiter.tryAcquire(Kind.SUBMISSION, "b")).isEmpty();
        for (int i = 0; i < 30; i++) {
            assertThat(limiter.tryAcquire(Kind.LOOKUP, "a")).isEmpty();
        }
        assertThat(limiter.tryAcquire(Kind.LOOKUP, "a")).isPresent();
    }

    @Test
    void memory_stays_bounded_the_least_recently_seen_client_is_dropped() {
        for (String client : new String[] {"a", "b", "c", "d", "e"}) {
            limiter.tryAcquire(Kind.SUBMISSION, client);
        }
        assertThat(limiter.clientsKept(Kind.SUBMISSION)).isEqualTo(3);

        ClientBuckets buckets = new ClientBuckets(2, () -> io.github.bucket4j.Bucket.builder()
                .addLimit(limit -> limit.capacity(1).refillGreedy(1, Duration.ofMinutes(1))).build());
        var first = buckets.of("x");
        buckets.of("y");
        assertThat(buckets.of("x")).isSameAs(first);
        buckets.of("z");
        assertThat(buckets.size()).isEqualTo(2);
        assertThat(buckets.of("x")).isSameAs(first);
    }

    @Test
    void nonsense_settings_are_refused_at_start() {
        assertThatThrownBy(() -> new RateLimitProperties(true, 0, 30, 0, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimitProperties(true, 10, 30, -1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimitProperties(true, 10, 30, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    static final class ManualClock implements TimeMeter {

        private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

        void advance(Duration duration) {
            nanos.addAndGet(duration.toNanos());
        }

        @Override
        public long currentTimeNanos() {
            return nanos.get();
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    }
}
