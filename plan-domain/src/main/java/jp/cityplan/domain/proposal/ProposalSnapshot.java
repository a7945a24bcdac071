package jp.cityplan.domain.proposal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.cityplan.domain.plan.InitiativeCode;

/** Every field of a {@link CitizenProposal}, for storing it and restoring it; no rules are checked here. */
public record ProposalSnapshot(
        ReceiptNumber receiptNumber,
        AccessSecretHash secretHash,
        Channel channel,
        String intakeOffice,
        String subject,
        String text,
        String category,
        List<InitiativeCode> initiatives,
        Contact contact,
        boolean wantsAnswer,
        PublicationConsent publicationConsent,
        Instant receivedAt,
        LocalDate answerDueOn,
        ProposalState state,
        String decisionReason,
        ReceiptNumber mergedInto,
        List<String> divisions,
        Answer answer,
        Instant publishedAt,
        Adoption adoption,
        Instant withdrawnAt,
        long version) {

    @Override
    public String toString() {
        return "ProposalSnapshot[" + receiptNumber + ", " + state + "]";
    }
}
