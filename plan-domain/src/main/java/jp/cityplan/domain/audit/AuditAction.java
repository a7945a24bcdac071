package jp.cityplan.domain.audit;

/** What was done to a case, as far as an audit needs to know. */
public enum AuditAction {
    /** A citizen submitted it (web form or API). */
    CASE_SUBMITTED,
    /** Its process started (by staff, e.g. a paper proposal, or by the system). */
    CASE_STARTED,
    /** A task of it was given to someone (claimed, assigned or delegated). */
    TASK_ASSIGNED,
    /** A task of it was handed back to its group. */
    TASK_RELEASED,
    /** A task of it was completed. */
    TASK_COMPLETED,
    /** Someone read the unmasked contact details of the citizen behind it (e.g. to print a letter). */
    CONTACT_VIEWED,
    /** The citizen withdrew it. */
    CASE_WITHDRAWN,
    /** Its process ended. */
    CASE_ENDED
}
