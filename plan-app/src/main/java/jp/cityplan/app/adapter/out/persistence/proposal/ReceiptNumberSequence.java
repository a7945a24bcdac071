package jp.cityplan.app.adapter.out.persistence.proposal;

import jp.cityplan.domain.proposal.ReceiptNumber;
import jp.cityplan.domain.shared.FiscalYear;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The running receipt numbers of {@code proposal_receipt_sequence}, one row per fiscal year.
 * <p>
 * A number is taken by {@code update … set last_value = last_value + 1} in the caller's transaction and read back in
 * it: the row lock makes every other transaction, on this node or another, wait until this one ends, so no number is
 * handed out twice. Where the caller's transaction stores the case too, a rolled-back submission gives its number
 * back (no gaps); where it does not, a failed submission leaves a gap, as a database sequence would.
 * <p>
 * The row of a fiscal year is created on the year's first use in a transaction of its own, so that two nodes racing
 * to create it cannot break the caller's transaction (on PostgreSQL a failed statement aborts the whole transaction):
 * the loser's insert fails on the primary key and is ignored, and both go on to the update.
 */
@Component
class ReceiptNumberSequence {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    ReceiptNumberSequence(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Must run inside a transaction: the lock taken by the update is held until it ends. */
    ReceiptNumber next(FiscalYear fiscalYear) {
        if (increment(fiscalYear) == 0) {
            createRow(fiscalYear);
            if (increment(fiscalYear) == 0) {
                throw new IllegalStateException("receipt sequence of " + fiscalYear + " could not be created");
            }
        }
        Long value = jdbc.queryForObject("select last_value from proposal_receipt_sequence where fiscal_year = ?",
                Long.class, fiscalYear.year());
        return ReceiptNumber.of(fiscalYear, value);
    }

    /** The check constraint stops the sequence at 99999, the last number the receipt number's form has room for. */
    private int increment(FiscalYear fiscalYear) {
        try {
            return jdbc.update("update proposal_receipt_sequence set last_value = last_value + 1 where fiscal_year = ?",
                    fiscalYear.year());
        } catch (DataIntegrityViolationException e) {
            throw new IllegalStateException("the receipt numbers of " + fiscalYear + " are used up", e);
        }
    }

    private void createRow(FiscalYear fiscalYear) {
        try {
            ownTransaction.executeWithoutResult(status -> jdbc.update(
                    "insert into proposal_receipt_sequence (fiscal_year, last_value) values (?, 0)",
                    fiscalYear.year()));
        } catch (DataIntegrityViolationException createdByAnotherTransaction) {
            // the row exists now: the update takes the next number
        }
    }
}
