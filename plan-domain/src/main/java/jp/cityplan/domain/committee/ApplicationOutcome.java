package jp.cityplan.domain.committee;

/** Where an application stands. */
public enum ApplicationOutcome {
    /** 受付: not checked yet. */
    RECEIVED,
    /** 資格あり: goes to the selection. */
    ELIGIBLE,
    /** 資格なし: the applicant is told why. */
    INELIGIBLE,
    /** 選考: chosen (and appointed once the head of the city approved). */
    SELECTED,
    /** 不選考. */
    NOT_SELECTED
}
