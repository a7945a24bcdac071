package jp.cityplan.domain.proposal;

/** How a proposal reached the city. Staff type in the paper ones and record the channel. */
public enum Channel {
    /** The public web form (or the JSON API behind it). */
    WEB_FORM,
    /** A paper form from a proposal box (市民提案箱) at the city office, a branch or a community centre. */
    PROPOSAL_BOX,
    /** The mail-in form printed in the city newsletter (まちづくりメール便). */
    MAIL_IN
}
