package jp.cityplan.domain.proposal;

/** Where a proposal stands. */
public enum ProposalState {
    /** Received, waiting for intake by the public hearing section (広聴). */
    RECEIVED,
    /** Accepted for an answer; divisions are drafting. */
    IN_PROGRESS,
    /** The answer was sent. */
    ANSWERED,
    /** Kept as input only (参考意見): no individual answer. */
    INPUT_ONLY,
    /** Not accepted, with a reason (e.g. defamatory, commercial, outside the city's business). */
    REJECTED,
    /** The same as an earlier proposal; merged into it. */
    MERGED,
    /** Withdrawn by the citizen before the answer was sent. */
    WITHDRAWN;

    /** True where nothing more happens to the case. */
    public boolean isFinal() {
        return this != RECEIVED && this != IN_PROGRESS;
    }
}
