package jp.cityplan.app.adapter.out.persistence.committee;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * A committee, recruitment or application changed by someone else since it was read: nothing was stored. A Spring
 * {@link OptimisticLockingFailureException}, so the app's 409 handling and the engine's job retries apply.
 */
public class CommitteeConflictException extends OptimisticLockingFailureException {

    private static final long serialVersionUID = 1L;

    public CommitteeConflictException(String reference) {
        super(reference + " was changed by someone else since it was read");
    }
}
