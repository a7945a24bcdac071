package jp.cityplan.app.adapter.out.persistence.committee;

import jp.cityplan.domain.shared.FiscalYear;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The running numbers of {@code committee_sequence}, one row per kind and fiscal year, taken as the proposals' receipt
 * numbers are (see {@code ReceiptNumberSequence}): an update in the caller's transaction holds the row lock until it
 * ends, so no number is handed out twice on any node; a year's row is created on first use in its own transaction.
 */
@Component
class CommitteeSequence {

    static final String RECRUITMENT = "RECRUITMENT";
    static final String APPLICATION = "APPLICATION";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    CommitteeSequence(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    long next(String kind, FiscalYear fiscalYear) {
        if (increment(kind, fiscalYear) == 0) {
            try {
                ownTransaction.executeWithoutResult(status -> jdbc.update(
                        "insert into committee_sequence (kind, fiscal_year, last_value) values (?, ?, 0)",
                        kind, fiscalYear.year()));
            } catch (DataIntegrityViolationException createdByAnotherTransaction) {
                // the row exists now
            }
            if (increment(kind, fiscalYear) == 0) {
                throw new IllegalStateException(kind + " sequence of " + fiscalYear + " could not be created");
            }
        }
        return jdbc.queryForObject("select last_value from committee_sequence where kind = ? and fiscal_year = ?",
                Long.class, kind, fiscalYear.year());
    }

    private int increment(String kind, FiscalYear fiscalYear) {
        try {
            return jdbc.update("update committee_sequence set last_value = last_value + 1 where kind = ? and fiscal_year = ?",
                    kind, fiscalYear.year());
        } catch (DataIntegrityViolationException e) {
            throw new IllegalStateException("the " + kind + " numbers of " + fiscalYear + " are used up", e);
        }
    }
}
