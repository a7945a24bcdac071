package jp.cityplan.domain.proposal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import jp.cityplan.domain.calendar.AnswerDeadlinePolicy;
import jp.cityplan.domain.plan.InitiativeCode;
import jp.cityplan.domain.shared.FiscalYear;

/**
 * Citizen proposals to 二本松市 for tests: a complete web draft from a citizen who gives every contact detail, an
 * anonymous one, the city's categories and initiatives, a clock on Tuesday 2026-04-28 10:00 in Japan (the day
 * before Golden Week), and a proposal in each state. Each part has its own factory so a test differs from the
 * fixture in exactly the place it is about.
 */
final class ProposalFixtures {

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    static final LocalDateTime NOW_IN_JAPAN = LocalDateTime.of(2026, 4, 28, 10, 0);
    static final Instant NOW = NOW_IN_JAPAN.atZone(TOKYO).toInstant();
    static final Clock CLOCK = clockAt(NOW_IN_JAPAN);
    static final LocalDate TODAY = NOW_IN_JAPAN.toLocalDate();
    /** 14 business days after 2026-04-28, skipping 昭和の日, the weekend and 5/3-5/6 (with 振替休日 on 5/6). */
    static final LocalDate DUE_AFTER_GOLDEN_WEEK = LocalDate.of(2026, 5, 22);

    static final ReceiptNumber FIRST_RECEIPT = new ReceiptNumber("P2026-00001");
    static final ReceiptNumber RECEIPT = new ReceiptNumber("P2026-00042");
    static final ReceiptNumber EARLIER_RECEIPT = new ReceiptNumber("P2026-00007");
    static final AccessSecret SECRET = new AccessSecret("ABCDEFGHJKMNPQRSTUVW");
    static final AccessSecret OTHER_SECRET = new AccessSecret("WVUTSRQPNMKJHGFEDCBA");

    static final String TOWN_PLANNING = "まちづくり";
    static final Set<String> CATEGORIES = Set.of(TOWN_PLANNING, "福祉", "教育", "その他");
    static final InitiativeCode PARK_VOLUNTEERS = new InitiativeCode("2-1.6");
    static final InitiativeCode COUNTER_OUTSOURCING = new InitiativeCode("1-3.2");
    /** Known initiatives: 1-1.1 to 1-1.12, 1-3.2 and 2-1.6. */
    static final Set<InitiativeCode> KNOWN_INITIATIVES = known();

    static final String SUBJECT = "安達ヶ原公園の遊具を増やしてほしい";
    static final String TEXT = "子どもが遊べる遊具が少ないので、ボランティアと協力して整備してはどうでしょうか。";
    static final String FAMILY_NAME = "菅野";
    static final String GIVEN_NAME = "太郎";
    static final String AREA = "油井地区";
    static final String POSTAL_ADDRESS = "福島県二本松市油井字福岡9999番地";
    static final String EMAIL = "taro.kanno@example.jp";
    static final String PHONE = "0243-55-1234";

    static final String DIVISION = "都市計画課";
    static final String ANSWER_TEXT = "ご提案ありがとうございます。来年度の公園整備計画で検討します。";

    private ProposalFixtures() {
    }

    static Clock clockAt(LocalDateTime timeInJapan) {
        return Clock.fixed(timeInJapan.atZone(TOKYO).toInstant(), TOKYO);
    }

    static ProposalRules rules() {
        return new ProposalRules(CATEGORIES, KNOWN_INITIATIVES::contains);
    }

    static AnswerDeadlinePolicy deadline() {
        return AnswerDeadlinePolicy.standard();
    }

    /** A complete draft typed into the web form by a citizen who wants an answer and agrees to publication by surname. */
    static Draft draft() {
        return new Draft();
    }

    static ProposalDraft completeDraft() {
        return draft().build();
    }

    /** No name, no contact, no answer wanted; published anonymously if at all. */
    static ProposalDraft anonymousDraft() {
        return draft().familyName(null).givenName(null).area(null).postalAddress(null).email(null).phone(null)
                .wantsAnswer(false).consent(PublicationConsent.ANONYMOUS).build();
    }

    static List<String> initiativeCodes(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> "1-1." + i).toList();
    }

    static String repeat(String character, int times) {
        return character.repeat(times);
    }

    /** A freshly received case built from a draft, as {@link ProposalSubmission} builds it. */
    static CitizenProposal received(ReceiptNumber receiptNumber, ProposalDraft draft) {
        return CitizenProposal.receive(receiptNumber, SECRET.hash(), CheckedSubmission.check(draft, rules()), NOW,
                DUE_AFTER_GOLDEN_WEEK);
    }

    static CitizenProposal received() {
        return received(RECEIPT, completeDraft());
    }

    static CitizenProposal received(PublicationConsent consent) {
        return received(RECEIPT, draft().consent(consent).build());
    }

    static CitizenProposal inProgress() {
        CitizenProposal proposal = received();
        proposal.acceptForAnswer(List.of(DIVISION));
        return proposal;
    }

    static Answer answer() {
        return new Answer(ANSWER_TEXT, AnswerDelivery.EMAIL, NOW.plusSeconds(3600));
    }

    static Adoption adoption() {
        return new Adoption(List.of(PARK_VOLUNTEERS), null, FiscalYear.of(2027), FiscalYear.of(2028));
    }

    /** The fixture's case taken to the given state by the actions that lead there. */
    static CitizenProposal inState(ProposalState state) {
        return inState(state, received());
    }

    static CitizenProposal inState(ProposalState state, CitizenProposal proposal) {
        switch (state) {
            case RECEIVED -> {
            }
            case IN_PROGRESS -> proposal.acceptForAnswer(List.of(DIVISION));
            case ANSWERED -> {
                proposal.acceptForAnswer(List.of(DIVISION));
                proposal.recordAnswer(answer());
            }
            case INPUT_ONLY -> proposal.keepAsInput("参考意見として関係課に共有");
            case REJECTED -> proposal.reject("特定の事業者の宣伝のため");
            case MERGED -> proposal.mergeInto(EARLIER_RECEIPT);
            case WITHDRAWN -> proposal.withdraw(NOW);
        }
        if (proposal.state() != state) {
            throw new AssertionError("fixture did not reach " + state);
        }
        return proposal;
    }

    private static Set<InitiativeCode> known() {
        List<InitiativeCode> codes = new ArrayList<>(initiativeCodes(12).stream().map(InitiativeCode::new).toList());
        codes.add(PARK_VOLUNTEERS);
        codes.add(COUNTER_OUTSOURCING);
        return Set.copyOf(codes);
    }

    /** A {@link ProposalDraft} that starts complete; each setter changes one field. */
    static final class Draft {
        private Channel channel = Channel.WEB_FORM;
        private String intakeOffice;
        private String subject = SUBJECT;
        private String text = TEXT;
        private String category = TOWN_PLANNING;
        private List<String> initiatives = List.of(PARK_VOLUNTEERS.value());
        private String familyName = FAMILY_NAME;
        private String givenName = GIVEN_NAME;
        private String area = AREA;
        private String postalAddress = POSTAL_ADDRESS;
        private String email = EMAIL;
        private String phone = PHONE;
        private boolean wantsAnswer = true;
        private PublicationConsent consent = PublicationConsent.WITH_SURNAME;

        Draft channel(Channel value) { channel = value; return this; }
        Draft intakeOffice(String value) { intakeOffice = value; return this; }
        Draft subject(String value) { subject = value; return this; }
        Draft text(String value) { text = value; return this; }
        Draft category(String value) { category = value; return this; }
        Draft initiatives(List<String> value) { initiatives = value; return this; }
        Draft familyName(String value) { familyName = value; return this; }
        Draft givenName(String value) { givenName = value; return this; }
        Draft area(String value) { area = value; return this; }
        Draft postalAddress(String value) { postalAddress = value; return this; }
        Draft email(String value) { email = value; return this; }
        Draft phone(String value) { phone = value; return this; }
        Draft wantsAnswer(boolean value) { wantsAnswer = value; return this; }
        Draft consent(PublicationConsent value) { consent = value; return this; }

        ProposalDraft build() {
            return new ProposalDraft(channel, intakeOffice, subject, text, category, initiatives, familyName,
                    givenName, area, postalAddress, email, phone, wantsAnswer, consent);
        }
    }
}
