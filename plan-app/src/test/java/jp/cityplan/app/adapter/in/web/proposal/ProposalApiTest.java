package jp.cityplan.app.adapter.in.web.proposal;

import static jp.cityplan.app.adapter.in.web.proposal.WebProposals.RECEIPT;
import static jp.cityplan.app.adapter.in.web.proposal.WebProposals.SECRET_SHOWN;
import static jp.cityplan.app.adapter.in.web.proposal.WebProposals.WRONG_SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;
import jp.cityplan.app.application.proposal.IdempotencyKey;
import jp.cityplan.app.application.proposal.IdempotencyKeyReusedException;
import jp.cityplan.app.application.proposal.ProposalInquiry;
import jp.cityplan.app.application.proposal.ProposalIntake;
import jp.cityplan.app.application.proposal.PublishedPage;
import jp.cityplan.domain.proposal.Channel;
import jp.cityplan.domain.proposal.InvalidSubmissionException;
import jp.cityplan.domain.proposal.ProposalDraft;
import jp.cityplan.domain.proposal.ProposalState;
import jp.cityplan.domain.proposal.ProposalStateException;
import jp.cityplan.domain.proposal.PublicationConsent;
import jp.cityplan.domain.proposal.UnknownProposalException;
import jp.cityplan.domain.proposal.Violation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@ProposalWebTest
class ProposalApiTest {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String BODY = """
            {"subject": "駅前の駐輪場について", "text": "朝は満車です。", "category": "community",
             "initiatives": ["3-1.2"], "familyName": "二本松", "givenName": "花子", "area": "油井",
             "postalAddress": null, "email": "hanako@example.jp", "phone": "0243-55-0000",
             "wantsAnswer": true, "publicationConsent": "ANONYMOUS"}""";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ProposalIntake intake;

    @MockitoBean
    ProposalInquiry inquiry;

    @Nested
    class Submitting_a_proposal {

        @Test
        void answers_201_with_the_receipt_the_secret_once_and_the_due_date_in_the_japanese_era() throws Exception {
            given(intake.submit(any(), eq(Optional.empty()))).willReturn(WebProposals.received());

            submit(BODY)
                    .andExpect(status().isCreated())
                    .andExpect(header().string("Location", "/api/proposals/" + RECEIPT))
                    .andExpect(header().string("Cache-Control", containsString("no-store")))
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                    .andExpect(jsonPath("$.receiptNumber").value(RECEIPT))
                    .andExpect(jsonPath("$.secret").value(SECRET_SHOWN))
                    .andExpect(jsonPath("$.answerDueOn").value("2026-05-22"))
                    .andExpect(jsonPath("$.answerDueOnJapanese").value("令和8年5月22日"))
                    .andExpect(jsonPath("$.statusUrl").value("/api/proposals/" + RECEIPT))
                    .andExpect(jsonPath("$.replayed").value(false));
        }

        @Test
        void hands_the_domain_a_web_form_draft_with_every_field_as_sent() throws Exception {
            given(intake.submit(any(), any())).willReturn(WebProposals.received());

            submit(BODY).andExpect(status().isCreated());

            ArgumentCaptor<ProposalDraft> draft = ArgumentCaptor.forClass(ProposalDraft.class);
            verify(intake).submit(draft.capture(), eq(Optional.empty()));
            assertThat(draft.getValue()).isEqualTo(new ProposalDraft(Channel.WEB_FORM, null, "駅前の駐輪場について",
                    "朝は満車です。", "community", List.of("3-1.2"), "二本松", "花子", "油井", null, "hanako@example.jp",
                    "0243-55-0000", true, PublicationConsent.ANONYMOUS));
        }

        @Test
        void passes_the_idempotency_key_and_answers_a_replay_with_200_the_same_receipt_and_no_secret() throws Exception {
            IdempotencyKey key = new IdempotencyKey("6f1c7f0e-2d1b-4c55-9a57-0c3b7e0a9d11");
            given(intake.submit(any(), eq(Optional.of(key)))).willReturn(WebProposals.replayed());

            submit(BODY, key.value())
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.receiptNumber").value(RECEIPT))
                    .andExpect(jsonPath("$.answerDueOn").value("2026-05-22"))
                    .andExpect(jsonPath("$.replayed").value(true))
                    .andExpect(content().string(containsString("\"secret\":null")));
        }

        @Test
        void refuses_a_key_used_before_with_another_body_with_422() throws Exception {
            IdempotencyKey key = new IdempotencyKey("key-1");
            given(intake.submit(any(), eq(Optional.of(key)))).willThrow(new IdempotencyKeyReusedException(key));

            submit(BODY, key.value())
                    .andExpect(status().isUnprocessableEntity())
                    .andExpect(content().contentType(PROBLEM_JSON))
                    .andExpect(jsonPath("$.title").value("Idempotency-Key は別の内容で使用済みです"))
                    .andExpect(jsonPath("$.detail", containsString("新しいキーを指定してください")));
        }

        @Test
        void refuses_a_key_longer_than_100_characters_before_anything_is_stored() throws Exception {
            submit(BODY, "k".repeat(101))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.violations[0].field").value("Idempotency-Key"))
                    .andExpect(jsonPath("$.violations[0].reason").value("MALFORMED"));
            verifyNoInteractions(intake);
        }

        @Test
        void lists_every_refused_field_with_a_japanese_message() throws Exception {
            given(intake.submit(any(), any())).willThrow(new InvalidSubmissionException(List.of(
                    Violation.of("subject", Violation.Reason.REQUIRED),
                    new Violation("text", Violation.Reason.TOO_LONG, 4000),
                    Violation.of("email", Violation.Reason.MALFORMED),
                    Violation.of("category", Violation.Reason.UNKNOWN))));

            submit(BODY)
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentType(PROBLEM_JSON))
                    .andExpect(jsonPath("$.title").value("受け付けられない項目があります"))
                    .andExpect(jsonPath("$.detail", containsString("4件")))
                    .andExpect(jsonPath("$.violations[*].field").value(contains("subject", "text", "email", "category")))
                    .andExpect(jsonPath("$.violations[*].reason").value(contains("REQUIRED", "TOO_LONG", "MALFORMED", "UNKNOWN")))
                    .andExpect(jsonPath("$.violations[0].message").value("件名を入力してください。"))
                    .andExpect(jsonPath("$.violations[1].message").value("ご意見・ご提案の内容は4,000文字以内で入力してください。"))
                    .andExpect(jsonPath("$.violations[2].message", containsString("メールアドレスの形式が正しくありません")))
                    .andExpect(jsonPath("$.violations[3].message").value("分類は選択肢から選んでください。"));
        }

        @Test
        void gives_the_messages_in_english_on_request() throws Exception {
            given(intake.submit(any(), any())).willThrow(new InvalidSubmissionException(List.of(
                    Violation.of("subject", Violation.Reason.REQUIRED))));

            mvc.perform(post("/api/proposals?lang=en").contentType(MediaType.APPLICATION_JSON).content(BODY))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.title").value("Some fields cannot be accepted"))
                    .andExpect(jsonPath("$.violations[0].message").value("Please enter: Subject."));
        }

        @Test
        void refuses_an_unknown_field_and_stores_nothing() throws Exception {
            submit(BODY.replace("\"subject\"", "\"channel\": \"PROPOSAL_BOX\", \"subject\""))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentType(PROBLEM_JSON))
                    .andExpect(jsonPath("$.title").value("不明な項目があります"))
                    .andExpect(jsonPath("$.violations[0].field").value("channel"))
                    .andExpect(jsonPath("$.violations[0].reason").value("UNKNOWN_FIELD"))
                    .andExpect(jsonPath("$.violations[0].message").value("項目「channel」は受け付けていません。項目名を確認してください。"));
            verifyNoInteractions(intake);
        }

        @Test
        void refuses_malformed_json_and_stores_nothing() throws Exception {
            submit("{\"subject\": \"駅前\", ")
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentType(PROBLEM_JSON))
                    .andExpect(jsonPath("$.title").value("リクエストの本文を読み取れません"));
            submit(BODY + " {}").andExpect(status().isBadRequest());
            submit("{\"subject\": \"a\", \"subject\": \"b\"}").andExpect(status().isBadRequest());
            verifyNoInteractions(intake);
        }

        @Test
        void refuses_a_publication_consent_it_does_not_know_as_a_violation_of_that_field() throws Exception {
            submit(BODY.replace("\"ANONYMOUS\"", "\"EVERYWHERE\""))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.violations[0].field").value("publicationConsent"))
                    .andExpect(jsonPath("$.violations[0].reason").value("MALFORMED"))
                    .andExpect(jsonPath("$.violations[0].message").value("公表について、選択肢から選んでください。"));
            verifyNoInteractions(intake);
        }
    }

    @Nested
    class Reading_a_proposal {

        @BeforeEach
        void theCaseIsKeptUnderItsSecret() {
            given(inquiry.find(anyString(), any())).willReturn(Optional.empty());
            given(inquiry.find(RECEIPT, SECRET_SHOWN)).willReturn(Optional.of(WebProposals.inState(ProposalState.IN_PROGRESS)));
        }

        @Test
        void shows_state_dates_and_subject_with_the_secret_header() throws Exception {
            mvc.perform(get("/api/proposals/{n}", RECEIPT).header("X-Proposal-Secret", SECRET_SHOWN))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Cache-Control", containsString("no-store")))
                    .andExpect(jsonPath("$.receiptNumber").value(RECEIPT))
                    .andExpect(jsonPath("$.state.code").value("IN_PROGRESS"))
                    .andExpect(jsonPath("$.state.label").value("回答を準備中"))
                    .andExpect(jsonPath("$.receivedOn").value("2026-05-01"))
                    .andExpect(jsonPath("$.answerDueOn").value("2026-05-22"))
                    .andExpect(jsonPath("$.answerDueOnJapanese").value("令和8年5月22日"))
                    .andExpect(jsonPath("$.subject").value("駅前の駐輪場について"))
                    .andExpect(jsonPath("$.withdrawable").value(true))
                    .andExpect(jsonPath("$.answer").doesNotExist())
                    .andExpect(jsonPath("$.email").doesNotExist());
        }

        @Test
        void shows_the_answer_and_its_date_once_answered() throws Exception {
            given(inquiry.find(RECEIPT, SECRET_SHOWN)).willReturn(Optional.of(WebProposals.inState(ProposalState.ANSWERED)));

            mvc.perform(get("/api/proposals/{n}", RECEIPT).header("X-Proposal-Secret", SECRET_SHOWN))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.state.code").value("ANSWERED"))
                    .andExpect(jsonPath("$.withdrawable").value(false))
                    .andExpect(jsonPath("$.answer.text").value("駐輪場を来年度に50台分増やします。"))
                    .andExpect(jsonPath("$.answer.sentOn").value("2026-05-20"));
        }

        @Test
        void answers_an_unknown_number_a_wrong_secret_and_a_missing_secret_with_the_same_404() throws Exception {
            String unknown = notFound(get("/api/proposals/{n}", "P2026-09999").header("X-Proposal-Secret", SECRET_SHOWN));
            String wrong = notFound(get("/api/proposals/{n}", RECEIPT).header("X-Proposal-Secret", WRONG_SECRET));
            String missing = notFound(get("/api/proposals/{n}", RECEIPT));

            assertThat(wrong).isEqualTo(missing).contains("提案が見つかりません");
            // only the instance (the path the client asked for) differs
            assertThat(withoutInstance(unknown)).isEqualTo(withoutInstance(wrong));
        }

        @Test
        void never_takes_the_secret_from_the_query_string() throws Exception {
            notFound(get("/api/proposals/{n}", RECEIPT).param("secret", SECRET_SHOWN));
        }
    }

    @Nested
    class Withdrawing_a_proposal {

        @Test
        void answers_200_with_the_new_state() throws Exception {
            given(intake.withdraw(RECEIPT, SECRET_SHOWN)).willReturn(WebProposals.inState(ProposalState.WITHDRAWN));

            mvc.perform(post("/api/proposals/{n}/withdrawal", RECEIPT).header("X-Proposal-Secret", SECRET_SHOWN))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.state.code").value("WITHDRAWN"))
                    .andExpect(jsonPath("$.state.label").value("取り下げ済み"))
                    .andExpect(jsonPath("$.withdrawable").value(false));
        }

        @Test
        void answers_409_in_japanese_once_the_answer_was_sent() throws Exception {
            given(intake.withdraw(RECEIPT, SECRET_SHOWN)).willThrow(
                    new ProposalStateException(WebProposals.RECEIPT_NUMBER, ProposalState.ANSWERED, "withdrawn"));

            mvc.perform(post("/api/proposals/{n}/withdrawal", RECEIPT).header("X-Proposal-Secret", SECRET_SHOWN))
                    .andExpect(status().isConflict())
                    .andExpect(content().contentType(PROBLEM_JSON))
                    .andExpect(jsonPath("$.title").value("取り下げできません"))
                    .andExpect(jsonPath("$.detail").value("回答を送付済みのため、この提案は取り下げできません。"))
                    .andExpect(jsonPath("$.state.code").value("ANSWERED"));
        }

        @Test
        void answers_an_unknown_number_or_wrong_secret_with_the_same_404_as_reading() throws Exception {
            given(intake.withdraw(anyString(), any())).willThrow(new UnknownProposalException(RECEIPT));
            given(inquiry.find(anyString(), any())).willReturn(Optional.empty());

            String withdrawal = notFound(post("/api/proposals/{n}/withdrawal", RECEIPT).header("X-Proposal-Secret", WRONG_SECRET));
            String reading = notFound(get("/api/proposals/{n}", RECEIPT).header("X-Proposal-Secret", WRONG_SECRET));

            assertThat(withoutInstance(withdrawal)).isEqualTo(withoutInstance(reading));
        }
    }

    @Nested
    class The_published_answers {

        @Test
        void come_a_page_at_a_time_without_secrets_or_contact_data() throws Exception {
            given(inquiry.published(1, 2)).willReturn(new PublishedPage(
                    List.of(WebProposals.published("駐輪場について"), WebProposals.published("公園のベンチ")), 1, 2, true));

            String json = mvc.perform(get("/api/proposals/published").param("page", "1").param("size", "2"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.page").value(1))
                    .andExpect(jsonPath("$.size").value(2))
                    .andExpect(jsonPath("$.hasNext").value(true))
                    .andExpect(jsonPath("$.items", hasSize(2)))
                    .andExpect(jsonPath("$.items[0].subject").value("駐輪場について"))
                    .andExpect(jsonPath("$.items[0].text").value("朝は満車です。［電話番号］"))
                    .andExpect(jsonPath("$.items[0].category.code").value("community"))
                    .andExpect(jsonPath("$.items[0].category.label").value("市民協働・地域づくり"))
                    .andExpect(jsonPath("$.items[0].area").value("油井"))
                    .andExpect(jsonPath("$.items[0].publicName").value("二本松"))
                    .andExpect(jsonPath("$.items[0].answer").value("駐輪場を来年度に50台分増やします。"))
                    .andExpect(jsonPath("$.items[0].answeredOn").value("2026-05-20"))
                    .andExpect(jsonPath("$.items[0].publishedOn").value("2026-06-01"))
                    .andReturn().getResponse().getContentAsString();

            assertThat(json).doesNotContain(RECEIPT, "secret", "email", "phone", "postalAddress", "givenName",
                    "familyName", "花子", "hanako");
        }

        @Test
        void default_to_the_first_page_of_20() throws Exception {
            given(inquiry.published(0, 20)).willReturn(new PublishedPage(List.of(), 0, 20, false));

            mvc.perform(get("/api/proposals/published"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.items", hasSize(0)))
                    .andExpect(jsonPath("$.hasNext").value(false));
        }

        @Test
        void refuse_a_page_size_above_100_or_a_negative_page() throws Exception {
            mvc.perform(get("/api/proposals/published").param("size", "101"))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentType(PROBLEM_JSON))
                    .andExpect(jsonPath("$.violations[0].field").value("size"))
                    .andExpect(jsonPath("$.violations[0].reason").value("TOO_LARGE"))
                    .andExpect(jsonPath("$.violations[0].message").value("1ページの件数は100以下を指定してください。"));
            mvc.perform(get("/api/proposals/published").param("page", "-1"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.violations[0].field").value("page"));
            mvc.perform(get("/api/proposals/published").param("size", "many"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.violations[0].reason").value("MALFORMED"));
            verify(inquiry, never()).published(org.mockito.ArgumentMatchers.anyInt(), org.mockito.ArgumentMatchers.anyInt());
        }
    }

    @Test
    void the_proposal_api_needs_no_account_and_no_csrf_token() throws Exception {
        given(intake.submit(any(), any())).willReturn(WebProposals.received());

        given(inquiry.published(0, 20)).willReturn(new PublishedPage(List.of(), 0, 20, false));

        submit(BODY).andExpect(status().isCreated()).andExpect(header().doesNotExist("Set-Cookie"));
        mvc.perform(get("/api/proposals/published")).andExpect(status().isOk());
    }

    private ResultActions submit(String body) throws Exception {
        return mvc.perform(post("/api/proposals").contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private ResultActions submit(String body, String key) throws Exception {
        return mvc.perform(post("/api/proposals").contentType(MediaType.APPLICATION_JSON).header("Idempotency-Key", key)
                .content(body));
    }

    private static String withoutInstance(String problem) {
        return problem.replaceAll(",?\"instance\":\"[^\"]*\"", "");
    }

    private String notFound(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(PROBLEM_JSON))
                .andReturn().getResponse().getContentAsString();
    }
}
