package jp.cityplan.domain.proposal;

import static jp.cityplan.domain.proposal.PersonalDataMask.EMAIL_LABEL;
import static jp.cityplan.domain.proposal.PersonalDataMask.PHONE_LABEL;
import static jp.cityplan.domain.proposal.PersonalDataMask.POSTAL_CODE_LABEL;
import static jp.cityplan.domain.proposal.ProposalFixtures.AREA;
import static jp.cityplan.domain.proposal.ProposalFixtures.DUE_AFTER_GOLDEN_WEEK;
import static jp.cityplan.domain.proposal.ProposalFixtures.EMAIL;
import static jp.cityplan.domain.proposal.ProposalFixtures.FAMILY_NAME;
import static jp.cityplan.domain.proposal.ProposalFixtures.GIVEN_NAME;
import static jp.cityplan.domain.proposal.ProposalFixtures.NOW;
import static jp.cityplan.domain.proposal.ProposalFixtures.PHONE;
import static jp.cityplan.domain.proposal.ProposalFixtures.POSTAL_ADDRESS;
import static jp.cityplan.domain.proposal.ProposalFixtures.RECEIPT;
import static jp.cityplan.domain.proposal.ProposalFixtures.SUBJECT;
import static jp.cityplan.domain.proposal.ProposalFixtures.TODAY;
import static jp.cityplan.domain.proposal.ProposalFixtures.TOWN_PLANNING;
import static jp.cityplan.domain.proposal.ProposalFixtures.anonymousDraft;
import static jp.cityplan.domain.proposal.ProposalFixtures.draft;
import static jp.cityplan.domain.proposal.ProposalFixtures.inState;
import static jp.cityplan.domain.proposal.ProposalFixtures.received;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Keeping personal data out of what divisions and the public see")
class ProposalPrivacyTest {

    private static final String TEXT_WITH_PERSONAL_DATA =
            "公園の件です。連絡は taro.adachi@example.jp か 090-1234-5678 へ。自宅は〒964-8601 です。";

    @Nested
    @DisplayName("the mask over free text")
    class Mask {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"03-1234-5678", "0243-55-1234", "090-1234-5678", "０９０－１２３４－５６７８",
                "０２４３－５５－１２３４", "0243551234", "03 1234 5678", "03(1234)5678"})
        void replaces_a_phone_number_by_its_label(String phone) {
            assertThat(PersonalDataMask.mask("電話は" + phone + "です")).isEqualTo("電話は" + PHONE_LABEL + "です");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"taro@example.jp", "taro.adachi+city@mail.example.co.jp", "TARO_1@EXAMPLE.COM",
                "taro＠example.jp"})
        void replaces_an_e_mail_address_by_its_label(String email) {
            assertThat(PersonalDataMask.mask("メール " + email + " まで")).isEqualTo("メール " + EMAIL_LABEL + " まで");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "〒964-8601|" + POSTAL_CODE_LABEL,
                "964-8601|" + POSTAL_CODE_LABEL,
                "〒９６４－８６０１|" + POSTAL_CODE_LABEL,
                "〒 964-8601|" + POSTAL_CODE_LABEL})
        void replaces_a_postal_code_by_its_label(String postalCode, String expected) {
            assertThat(PersonalDataMask.mask("住所は" + postalCode + "です")).isEqualTo("住所は" + expected + "です");
        }

        @Test
        void masks_every_kind_in_one_text_and_leaves_the_rest() {
            assertThat(PersonalDataMask.mask(TEXT_WITH_PERSONAL_DATA)).isEqualTo(
                    "公園の件です。連絡は " + EMAIL_LABEL + " か " + PHONE_LABEL + " へ。自宅は" + POSTAL_CODE_LABEL
                            + " です。");
        }

        @Test
        void a_phone_number_is_not_mistaken_for_a_postal_code() {
            // 「090-1234」 and 「234-5678」 look like postal codes inside a phone number
            assertThat(PersonalDataMask.mask("090-1234-5678 と 03-1234-5678"))
                    .isEqualTo(PHONE_LABEL + " と " + PHONE_LABEL)
                    .doesNotContain("5678", POSTAL_CODE_LABEL);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"令和8年度の予算は1,234万円です。", "2026-04-28 に公園で", "第3-1章の取組 2-1.6 について",
                "電話番号なし"})
        void leaves_ordinary_numbers_and_text_alone(String text) {
            assertThat(PersonalDataMask.mask(text)).isEqualTo(text);
        }

        @Test
        void leaves_nothing_to_mask_as_nothing() {
            assertThat(PersonalDataMask.mask(null)).isNull();
        }
    }

    @Nested
    @DisplayName("the copy for the divisions")
    class MaskedCopy {

        @Test
        void carries_no_name_address_e_mail_or_phone_but_keeps_the_area() {
            MaskedProposal masked = received().masked();

            assertThat(masked.toString())
                    .doesNotContain(FAMILY_NAME, GIVEN_NAME, POSTAL_ADDRESS, EMAIL, PHONE)
                    .contains(AREA);
            assertThat(masked.area()).isEqualTo(AREA);
        }

        @Test
        void keeps_what_the_divisions_need_to_answer() {
            MaskedProposal masked = received().masked();

            assertThat(masked.receiptNumber()).isEqualTo(RECEIPT);
            assertThat(masked.channel()).isEqualTo(Channel.WEB_FORM);
            assertThat(masked.subject()).isEqualTo(SUBJECT);
            assertThat(masked.category()).isEqualTo(TOWN_PLANNING);
            assertThat(masked.initiatives()).containsExactly(ProposalFixtures.PARK_VOLUNTEERS);
            assertThat(masked.receivedOn()).isEqualTo(TODAY);
            assertThat(masked.answerDueOn()).isEqualTo(DUE_AFTER_GOLDEN_WEEK);
            assertThat(masked.state()).isEqualTo(ProposalState.RECEIVED);
        }

        @Test
        void masks_personal_data_the_citizen_wrote_into_the_text() {
            MaskedProposal masked = received(RECEIPT, draft().text(TEXT_WITH_PERSONAL_DATA).build()).masked();

            assertThat(masked.text())
                    .contains(EMAIL_LABEL, PHONE_LABEL, POSTAL_CODE_LABEL, "公園の件です。")
                    .doesNotContain("taro.adachi@example.jp", "090-1234-5678", "964-8601");
        }

        @Test
        void masks_personal_data_the_citizen_wrote_into_the_subject() {
            MaskedProposal masked = received(RECEIPT, draft().subject("至急 090-1234-5678 に電話を").build()).masked();

            assertThat(masked.subject()).isEqualTo("至急 " + PHONE_LABEL + " に電話を");
        }

        @Test
        void masks_phone_numbers_typed_in_full_width_digits() {
            MaskedProposal masked = received(RECEIPT, draft().text("携帯は０９０－１２３４－５６７８です").build()).masked();

            assertThat(masked.text()).isEqualTo("携帯は" + PHONE_LABEL + "です");
        }

        @Test
        void of_an_anonymous_proposal_has_no_area() {
            assertThat(received(RECEIPT, anonymousDraft()).masked().area()).isNull();
        }
    }

    @Nested
    @DisplayName("the published answer")
    class Published {

        private final Instant publishedAt = NOW.plusSeconds(7 * 86_400);

        @Test
        void shows_the_surname_and_area_where_the_citizen_agreed_to_the_surname() {
            PublishedAnswer published = publishedWith(draft().consent(PublicationConsent.WITH_SURNAME).build());

            assertThat(published.publicName()).isEqualTo(FAMILY_NAME);
            assertThat(published.area()).isEqualTo(AREA);
            assertThat(published.toString()).doesNotContain(GIVEN_NAME, POSTAL_ADDRESS, EMAIL, PHONE);
        }

        @Test
        void shows_anonymous_where_the_citizen_agreed_to_publication_without_name() {
            PublishedAnswer published = publishedWith(draft().consent(PublicationConsent.ANONYMOUS).build());

            assertThat(published.publicName()).isEqualTo(PublishedAnswer.ANONYMOUS_NAME).isEqualTo("匿名希望");
            assertThat(published.area()).isEqualTo(AREA);
            assertThat(published.toString()).doesNotContain(FAMILY_NAME, GIVEN_NAME, POSTAL_ADDRESS, EMAIL, PHONE);
        }

        @Test
        void shows_anonymous_where_the_citizen_agreed_to_the_surname_but_gave_none() {
            PublishedAnswer published = publishedWith(
                    draft().familyName(null).givenName(null).consent(PublicationConsent.WITH_SURNAME).build());

            assertThat(published.publicName()).isEqualTo(PublishedAnswer.ANONYMOUS_NAME);
        }

        @Test
        void masks_personal_data_in_the_subject_the_text_and_the_answer() {
            CitizenProposal proposal = inState(ProposalState.IN_PROGRESS, received(RECEIPT,
                    draft().subject("taro@example.jp より").text(TEXT_WITH_PERSONAL_DATA).build()));
            proposal.recordAnswer(new Answer("担当 0243-55-1111 までご連絡ください。", AnswerDelivery.EMAIL, NOW));
            proposal.publish(publishedAt);

            PublishedAnswer published = proposal.publishedAnswer().orElseThrow();

            assertThat(published.subject()).isEqualTo(EMAIL_LABEL + " より");
            assertThat(published.proposalText()).isEqualTo(PersonalDataMask.mask(TEXT_WITH_PERSONAL_DATA))
                    .doesNotContain("090-1234-5678");
            assertThat(published.answerText()).isEqualTo("担当 " + PHONE_LABEL + " までご連絡ください。");
        }

        @Test
        void carries_the_dates_of_answer_and_publication() {
            PublishedAnswer published = publishedWith(ProposalFixtures.completeDraft());

            assertThat(published.receiptNumber()).isEqualTo(RECEIPT);
            assertThat(published.answeredAt()).isEqualTo(ProposalFixtures.answer().sentAt());
            assertThat(published.publishedAt()).isEqualTo(publishedAt);
            assertThat(published.category()).isEqualTo(TOWN_PLANNING);
        }

        @Test
        void does_not_exist_before_publication() {
            assertThat(inState(ProposalState.ANSWERED).publishedAnswer()).isEmpty();
            assertThat(received().publishedAnswer()).isEmpty();
        }

        private PublishedAnswer publishedWith(ProposalDraft draft) {
            CitizenProposal proposal = inState(ProposalState.ANSWERED, received(RECEIPT, draft));
            proposal.publish(publishedAt);
            return proposal.publishedAnswer().orElseThrow();
        }
    }

    @Test
    void personal_data_does_not_reach_the_list_of_published_answers() {
        InMemoryCitizenProposals proposals = new InMemoryCitizenProposals();
        CitizenProposal proposal = inState(ProposalState.ANSWERED);
        proposal.publish(NOW);
        proposals.add(proposal);

        List<PublishedAnswer> published = proposals.published(0, 10);

        assertThat(published).singleElement().satisfies(answer -> assertThat(answer.toString())
                .doesNotContain(GIVEN_NAME, POSTAL_ADDRESS, EMAIL, PHONE));
    }
}
