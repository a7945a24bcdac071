package jp.cityplan.app.adapter.out.mail;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
import jp.cityplan.domain.proposal.ReceiptNumber;

/** Cases as the mail adapter gets them, and the settings it sends with. */
final class MailFixtures {

    static final AccessSecret SECRET = new AccessSecret("ABCDEFGHJKMNPQRSTUVW");
    static final String CITIZEN_EMAIL = "hanako.yoshida@example.jp";
    static final Contact WITH_EMAIL = new Contact("吉田", "花子", "油井", "福島県二本松市金色403番地1", CITIZEN_EMAIL,
            "0243-23-1111");
    static final Contact LETTER_ONLY = new Contact("吉田", "花子", "油井", "福島県二本松市金色403番地1", null, null);
    /** Received on Monday 6 April 2026 (Japan); 14 business days later, 24 April 2026, is a Friday. */
    static final Instant RECEIVED_AT = Instant.parse("2026-04-06T01:00:00Z");
    static final LocalDate DUE_ON = LocalDate.of(2026, 4, 24);
    static final String ANSWER_TEXT = "ご提案ありがとうございます。\n令和8年度中に、案内表示を英語併記に改めます。";
    static final String REJECTION_REASON = "特定の事業者の宣伝を目的とした内容のため、受け付けることができません。";

    static final ProposalMailSettings SETTINGS = new ProposalMailSettings("koho@city.nihonmatsu.example",
            "kocho@city.nihonmatsu.example", "二本松市 広報広聴係", "二本松市", "Nihonmatsu City",
            URI.create("https://www.city.nihonmatsu.example/proposals/status"),
            URI.create("https://intra.city.nihonmatsu.example/camunda/app/tasklist/"));

    private MailFixtures() {
    }

    static CitizenProposal received(Contact contact, boolean wantsAnswer) {
        return CitizenProposal.restore(snapshot(contact, wantsAnswer, ProposalState.RECEIVED, null, null));
    }

    static CitizenProposal answered(Contact contact) {
        return CitizenProposal.restore(snapshot(contact, true, ProposalState.ANSWERED, null,
                new Answer(ANSWER_TEXT, AnswerDelivery.EMAIL, Instant.parse("2026-04-20T06:00:00Z"))));
    }

    static CitizenProposal rejected(Contact contact) {
        return CitizenProposal.restore(snapshot(contact, true, ProposalState.REJECTED, REJECTION_REASON, null));
    }

    private static ProposalSnapshot snapshot(Contact contact, boolean wantsAnswer, ProposalState state, String reason,
                                             Answer answer) {
        return new ProposalSnapshot(new ReceiptNumber("P2026-00001"), SECRET.hash(), Channel.WEB_FORM, null,
                "案内表示について（連絡先 090-1234-5678）", "安達ヶ原ふるさと村の案内表示を英語でも書いてください。",
                "community", List.of(new InitiativeCode("2-1.6")), contact, wantsAnswer, PublicationConsent.NONE,
                RECEIVED_AT, DUE_ON, state, reason, null,
                state == ProposalState.ANSWERED ? List.of("kikaku-seisaku") : List.of(), answer, null, null, null, 0L);
    }
}
