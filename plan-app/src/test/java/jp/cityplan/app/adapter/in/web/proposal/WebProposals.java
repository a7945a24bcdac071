package jp.cityplan.app.adapter.in.web.proposal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.cityplan.app.application.proposal.SubmissionOutcome;
import jp.cityplan.domain.plan.InitiativeCode;
import jp.cityplan.domain.proposal.AccessSecret;
import jp.cityplan.domain.proposal.Answer;
import jp.cityplan.domain.proposal.AnswerDelivery;
import jp.cityplan.domain.proposal.Channel;
import jp.cityplan.domain.proposal.CitizenProposal;
import jp.cityplan.domain.proposal.Contact;
import jp.cityplan.domain.proposal.ProposalSnapshot;
import jp.cityplan.domain.proposal.ProposalState;
import jp.cityplan.domain.proposal.PublicationConsent;
import jp.cityplan.domain.proposal.PublishedAnswer;
import jp.cityplan.domain.proposal.ReceiptNumber;

/** Proposals, receipts and published answers as the web tests need them. */
final class WebProposals {

    static final String RECEIPT = "P2026-00042";
    static final ReceiptNumber RECEIPT_NUMBER = new ReceiptNumber(RECEIPT);
    static final AccessSecret SECRET = new AccessSecret("ABCDEFGHJKMNPQRSTUVW");
    static final String SECRET_SHOWN = "ABCD-EFGH-JKMN-PQRS-TUVW";
    static final String WRONG_SECRET = "WXYZ-WXYZ-WXYZ-WXYZ-WXYZ";
    static final LocalDate DUE_ON = LocalDate.of(2026, 5, 22);
    static final Instant RECEIVED_AT = Instant.parse("2026-05-01T00:30:00Z");
    static final Instant SENT_AT = Instant.parse("2026-05-20T03:00:00Z");
    static final String SCRIPT = "<script>alert(1)</script>";

    private WebProposals() {
    }

    static SubmissionOutcome received() {
        return new SubmissionOutcome(RECEIPT_NUMBER, Optional.of(SECRET), DUE_ON, false);
    }

    static SubmissionOutcome replayed() {
        return new SubmissionOutcome(RECEIPT_NUMBER, Optional.empty(), DUE_ON, true);
    }

    static CitizenProposal inState(ProposalState state) {
        return withSubject(state, "駅前の駐輪場について");
    }

    static CitizenProposal withSubject(ProposalState state, String subject) {
        Answer answer = state == ProposalState.ANSWERED
                ? new Answer("駐輪場を来年度に50台分増やします。", AnswerDelivery.EMAIL, SENT_AT) : null;
        return CitizenProposal.restore(new ProposalSnapshot(RECEIPT_NUMBER, SECRET.hash(), Channel.WEB_FORM, null,
                subject, "朝は満車です。\n台数を増やしてください。", "community", List.of(new InitiativeCode("3-1.2")),
                new Contact("二本松", "花子", "油井", "二本松市金色403-1", "hanako@example.jp", "0243-55-0000"), true,
                PublicationConsent.WITH_SURNAME, RECEIVED_AT, DUE_ON, state, null, null,
                state == ProposalState.RECEIVED ? List.of() : List.of("kikaku-seisaku"), answer, null, null,
                state == ProposalState.WITHDRAWN ? SENT_AT : null, 1L));
    }

    static PublishedAnswer published(String subject) {
        return new PublishedAnswer(RECEIPT_NUMBER, subject, "朝は満車です。［電話番号］", "community", "油井", "二本松",
                "駐輪場を来年度に50台分増やします。", SENT_AT, Instant.parse("2026-06-01T01:00:00Z"));
    }
}
