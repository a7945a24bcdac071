package jp.cityplan.app.application.proposal;

import java.time.Clock;
import java.time.Duration;
import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forgets idempotency keys once no client would still retry with them ({@code proposal.idempotency-keys.retention},
 * default 7 days): a request sent again after that is a new proposal. Runs every night; on two nodes both run it, which
 * is harmless (the second deletes nothing). The proposals themselves are never touched.
 */
@Slf4j
@Component
public class IdempotencyKeyCleanup {

    private final IdempotencyKeys keys;
    private final Duration retention;
    private final Clock clock;

    public IdempotencyKeyCleanup(IdempotencyKeys keys,
                                 @Value("${proposal.idempotency-keys.retention:7d}") Duration retention, Clock clock) {
        if (retention.isNegative() || retention.compareTo(Duration.ofHours(1)) < 0) {
            throw new IllegalArgumentException("proposal.idempotency-keys.retention " + retention
                    + " must be at least one hour: clients retry for longer than that");
        }
        this.keys = keys;
        this.retention = retention;
        this.clock = clock;
    }

    @Scheduled(cron = "${proposal.idempotency-keys.cleanup-cron:0 30 3 * * *}", zone = "Asia/Tokyo")
    @Transactional
    public int forgetExpiredKeys() {
        int forgotten = keys.forgetClaimedBefore(clock.instant().minus(retention));
        log.info("forgot {} idempotency keys older than {}", forgotten, retention);
        return forgotten;
    }
}
