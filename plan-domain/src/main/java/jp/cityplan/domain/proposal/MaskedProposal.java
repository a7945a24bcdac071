package jp.cityplan.domain.proposal;

import java.time.LocalDate;
import java.util.List;
import jp.cityplan.domain.plan.InitiativeCode;

/**
 * The copy of a proposal a division works on (個人情報を除いた写し): no name, address, e-mail or phone, and the
 * free text with personal data masked. The area is kept: answers often depend on where the citizen lives.
 */
public record MaskedProposal(
        ReceiptNumber receiptNumber,
        Channel channel,
        String subject,
        String text,
        String category,
        List<InitiativeCode> initiatives,
        String area,
        LocalDate receivedOn,
        LocalDate answerDueOn,
        ProposalState state) {
}
