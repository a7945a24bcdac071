package jp.cityplan.app.adapter.out.persistence.idempotency;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import jp.cityplan.app.application.proposal.IdempotencyKey;
import jp.cityplan.app.application.proposal.IdempotencyKeyClaimedException;
import jp.cityplan.app.application.proposal.IdempotencyKeys;
import jp.cityplan.app.application.proposal.RememberedSubmission;
import jp.cityplan.domain.proposal.ReceiptNumber;
import lombok.RequiredArgsConstructor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The idempotency keys in {@code proposal_idempotency_key}, written with plain SQL: five columns and three
 * statements need no entity. Runs in the caller's transaction (the JPA transaction manager shares its connection).
 */
@Repository
@RequiredArgsConstructor
public class JdbcIdempotencyKeys implements IdempotencyKeys {

    private final JdbcClient jdbc;

    @Override
    public Optional<RememberedSubmission> find(IdempotencyKey key) {
        return jdbc.sql("""
                        select request_hash, receipt_number, answer_due_on from proposal_idempotency_key
                        where idempotency_key = :key and receipt_number is not null""")
                .param("key", key.value())
                .query((row, n) -> new RememberedSubmission(row.getString("request_hash"),
                        new ReceiptNumber(row.getString("receipt_number")),
                        row.getObject("answer_due_on", LocalDate.class)))
                .optional();
    }

    @Override
    public void claim(IdempotencyKey key, String requestHash, Instant at) {
        try {
            jdbc.sql("""
                            insert into proposal_idempotency_key (idempotency_key, request_hash, created_at)
                            values (:key, :hash, :at)""")
                    .param("key", key.value())
                    .param("hash", requestHash)
                    .param("at", at.atOffset(ZoneOffset.UTC))
                    .update();
        } catch (DuplicateKeyException | PessimisticLockingFailureException taken) {
            throw new IdempotencyKeyClaimedException(key, taken);
        }
    }

    @Override
    public void complete(IdempotencyKey key, ReceiptNumber receiptNumber, LocalDate answerDueOn) {
        int updated = jdbc.sql("""
                        update proposal_idempotency_key set receipt_number = :receipt, answer_due_on = :due
                        where idempotency_key = :key and receipt_number is null""")
                .param("key", key.value())
                .param("receipt", receiptNumber.value())
                .param("due", Date.valueOf(answerDueOn))
                .update();
        if (updated != 1) {
            throw new IllegalStateException("idempotency key " + key.value() + " was not claimed by this submission");
        }
    }

    @Override
    public int forgetClaimedBefore(Instant before) {
        return jdbc.sql("delete from proposal_idempotency_key where created_at < :before")
                .param("before", before.atOffset(ZoneOffset.UTC))
                .update();
    }
}
