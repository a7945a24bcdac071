package jp.cityplan.domain.proposal;

/** Whether, and how, the citizen agrees that the proposal and its answer are published (公表). */
public enum PublicationConsent {
    /** Not to be published. */
    NONE,
    /** Published with the area and 「匿名希望」. */
    ANONYMOUS,
    /** Published with the area and the surname. */
    WITH_SURNAME
}
