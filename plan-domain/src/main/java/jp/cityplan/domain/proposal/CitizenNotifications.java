package jp.cityplan.domain.proposal;

/**
 * Messages to the citizen about their proposal (by e-mail where they gave an address). One message per event, never
 * a flood; an implementation sends nothing where the case has no address.
 */
public interface CitizenNotifications {

    /** 受付確認: the receipt number and the expected answer date (never the secret). */
    void confirmReceipt(CitizenProposal proposal);

    /** 回答: the approved answer. */
    void sendAnswer(CitizenProposal proposal);

    /** The proposal was not accepted, with the reason. */
    void tellRejected(CitizenProposal proposal);
}
