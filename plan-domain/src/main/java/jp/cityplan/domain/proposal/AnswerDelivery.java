package jp.cityplan.domain.proposal;

/** How the answer reached the citizen. */
public enum AnswerDelivery {
    /** By e-mail to the address the citizen gave. */
    EMAIL,
    /** By a printed letter posted to the citizen's address. */
    LETTER
}
