package jp.cityplan.app.adapter.out.persistence.proposal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.cityplan.domain.plan.InitiativeCode;
import jp.cityplan.domain.proposal.AccessSecret;
import jp.cityplan.domain.proposal.Adoption;
import jp.cityplan.domain.proposal.Answer;
import jp.cityplan.domain.proposal.AnswerDelivery;
import jp.cityplan.domain.proposal.Channel;
import jp.cityplan.domain.proposal.CitizenProposal;
import jp.cityplan.domain.proposal.Contact;
import jp.cityplan.domain.proposal.ProposalSnapshot;
import jp.cityplan.domain.proposal.ProposalState;
import jp.cityplan.domain.proposal.PublicationConsent;
import jp.cityplan.domain.proposal.ReceiptNumber;
import jp.cityplan.domain.shared.FiscalYear;

/**
 * Cases in every state with every field the state allows set, as snapshots (the way the adapter stores them).
 * Instants have microseconds, as the database keeps them.
 */
final class ProposalFixtures {

    static final AccessSecret SECRET = new AccessSecret("ABCDEFGHJKMNPQRSTUVW");
    static final Instant RECEIVED_AT = Instant.parse("2026-04-06T01:02:03.123456Z");
    static final LocalDate DUE_ON = LocalDate.of(2026, 4, 24);
    static final Instant SENT_AT = Instant.parse("2026-04-20T06:30:00.000001Z");
    static final Instant PUBLISHED_AT = Instant.parse("2026-05-01T00:00:00Z");
    static final Instant WITHDRAWN_AT = Instant.parse("2026-04-10T09:15:00.5Z");
    static final Contact FULL_CONTACT = new Contact("𠮷田", "花子", "油井", "福島県二本松市金色403番地1",
            "hanako.yoshida@example.jp", "0243-23-1111");

    private ProposalFixtures() {
    }

    /** The case in the given state; a merged one is merged into {@code P2026-00001}. */
    static ProposalSnapshot inState(String receiptNumber, ProposalState state) {
        Builder b = new Builder(receiptNumber).state(state);
        switch (state) {
            case RECEIVED -> b.anonymous();
            case IN_PROGRESS -> b.divisions("kikaku-seisaku", "toshi-keikaku").adoption(adoption());
            case ANSWERED -> b.divisions("kikaku-seisaku").answer(answer()).published(PUBLISHED_AT).adoption(adoption());
            case INPUT_ONLY -> b.reason("参考意見として担当課で共有します。");
            case REJECTED -> b.reason("特定の個人を誹謗中傷する内容が含まれているため。");
            case MERGED -> b.mergedInto("P2026-00001");
            case WITHDRAWN -> b.divisions("kikaku-seisaku").withdrawnAt(WITHDRAWN_AT);
            default -> throw new IllegalArgumentException(state.name());
        }
        return b.build();
    }

    static Adoption adoption() {
        return new Adoption(List.of(new InitiativeCode("3-1.2"), new InitiativeCode("1-3.1")),
                new BigDecimal("1200000"), FiscalYear.of(2026), FiscalYear.of(2027));
    }

    static Answer answer() {
        return new Answer("ご提案ありがとうございます。令和8年度中にベンチを2基増設します。", AnswerDelivery.EMAIL, SENT_AT);
    }

    static CitizenProposal proposal(ProposalSnapshot snapshot) {
        return CitizenProposal.restore(snapshot);
    }

    /** Every field of a snapshot, changed one at a time. */
    static final class Builder {
        private final ReceiptNumber receiptNumber;
        private Channel channel = Channel.PROPOSAL_BOX;
        private String intakeOffice = "東和支所";
        private String subject = "安達ヶ原ふるさと村の案内表示について";
        private String text = "案内表示を英語でも書いてください。\n連絡は 090-1234-5678 まで。";
        private String category = "community";
        private List<InitiativeCode> initiatives = List.of(new InitiativeCode("2-1.6"), new InitiativeCode("3-1.2"));
        private Contact contact = FULL_CONTACT;
        private boolean wantsAnswer = true;
        private PublicationConsent consent = PublicationConsent.WITH_SURNAME;
        private Instant receivedAt = RECEIVED_AT;
        private LocalDate dueOn = DUE_ON;
        private ProposalState state = ProposalState.RECEIVED;
        private String reason;
        private ReceiptNumber mergedInto;
        private List<String> divisions = List.of();
        private Answer answer;
        private Instant publishedAt;
        private Adoption adoption;
        private Instant withdrawnAt;

        Builder(String receiptNumber) {
            this.receiptNumber = new ReceiptNumber(receiptNumber);
        }

        Builder state(ProposalState value) {
            state = value;
            return this;
        }

        Builder anonymous() {
            channel = Channel.WEB_FORM;
            intakeOffice = null;
            initiatives = List.of();
            contact = Contact.ANONYMOUS;
            wantsAnswer = false;
            consent = PublicationConsent.NONE;
            return this;
        }

        Builder channel(Channel value) {
            channel = value;
            return this;
        }

        Builder subject(String value) {
            subject = value;
            return this;
        }

        Builder text(String value) {
            text = value;
            return this;
        }

        Builder initiatives(String... codes) {
            initiatives = java.util.Arrays.stream(codes).map(InitiativeCode::new).toList();
            return this;
        }

        Builder contact(Contact value) {
            contact = value;
            return this;
        }

        Builder consent(PublicationConsent value) {
            consent = value;
            return this;
        }

        Builder reason(String value) {
            reason = value;
            return this;
        }

        Builder mergedInto(String value) {
            mergedInto = new ReceiptNumber(value);
            return this;
        }

        Builder divisions(String... values) {
            divisions = List.of(values);
            return this;
        }

        Builder answer(Answer value) {
            answer = value;
            return this;
        }

        Builder published(Instant value) {
            publishedAt = value;
            return this;
        }

        Builder adoption(Adoption value) {
            adoption = value;
            return this;
        }

        Builder withdrawnAt(Instant value) {
            withdrawnAt = value;
            return this;
        }

        ProposalSnapshot build() {
            return new ProposalSnapshot(receiptNumber, SECRET.hash(), channel, intakeOffice, subject, text, category,
                    initiatives, contact, wantsAnswer, consent, receivedAt, dueOn, state, reason, mergedInto,
                    divisions, answer, publishedAt, adoption, withdrawnAt, 0L);
        }
    }
}
