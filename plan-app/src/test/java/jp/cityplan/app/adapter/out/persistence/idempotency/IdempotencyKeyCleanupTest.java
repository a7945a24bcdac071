package jp.cityplan.app.adapter.out.persistence.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import jp.cityplan.app.application.proposal.IdempotencyKey;
import jp.cityplan.app.application.proposal.IdempotencyKeyCleanup;
import jp.cityplan.domain.proposal.ReceiptNumber;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Import;

/** Keys older than the retention are forgotten (a retry after that is a new proposal); younger ones are kept. */
@JdbcTest(properties = "spring.flyway.baseline-version=0")
@Import(JdbcIdempotencyKeys.class)
class IdempotencyKeyCleanupTest {

    private static final Instant NOW = Instant.parse("2026-11-28T18:30:00Z");

    @Autowired
    JdbcIdempotencyKeys keys;

    @Test
    void keys_older_than_the_retention_are_forgotten_and_younger_ones_kept() {
        store("old-key-00000001", NOW.minus(Duration.ofDays(8)), "P2026-00001");
        store("old-key-00000002", NOW.minus(Duration.ofDays(7)).minusSeconds(1), null);
        store("new-key-00000003", NOW.minus(Duration.ofDays(6)), "P2026-00003");
        IdempotencyKeyCleanup cleanup = new IdempotencyKeyCleanup(keys, Duration.ofDays(7), Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(cleanup.forgetExpiredKeys()).isEqualTo(2);

        assertThat(keys.find(new IdempotencyKey("old-key-00000001"))).isEmpty();
        assertThat(keys.find(new IdempotencyKey("new-key-00000003"))).hasValueSatisfying(
                remembered -> assertThat(remembered.receiptNumber().value()).isEqualTo("P2026-00003"));
        assertThat(cleanup.forgetExpiredKeys()).isZero();
    }

    @Test
    void a_retention_shorter_than_an_hour_is_refused() {
        assertThatThrownBy(() -> new IdempotencyKeyCleanup(keys, Duration.ofMinutes(59), Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("proposal.idempotency-keys.retention");
    }

    private void store(String key, Instant claimedAt, String receiptNumber) {
        IdempotencyKey idempotencyKey = new IdempotencyKey(key);
        keys.claim(idempotencyKey, "0".repeat(64), claimedAt);
        if (receiptNumber != null) {
            keys.complete(idempotencyKey, new ReceiptNumber(receiptNumber), LocalDate.of(2026, 12, 18));
        }
    }
}
