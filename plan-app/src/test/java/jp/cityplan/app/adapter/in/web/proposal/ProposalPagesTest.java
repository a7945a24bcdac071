package jp.cityplan.app.adapter.in.web.proposal;

import static jp.cityplan.app.adapter.in.web.proposal.WebProposals.RECEIPT;
import static jp.cityplan.app.adapter.in.web.proposal.WebProposals.SCRIPT;
import static jp.cityplan.app.adapter.in.web.proposal.WebProposals.SECRET_SHOWN;
import static jp.cityplan.app.adapter.in.web.proposal.WebProposals.WRONG_SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import jp.cityplan.domain.proposal.Violation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@ProposalWebTest
class ProposalPagesTest {

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"formToken\" value=\"([0-9a-f-]{36})\"");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ProposalIntake intake;

    @MockitoBean
    ProposalInquiry inquiry;

    @Nested
    class The_form {

        @Test
        void has_labels_hints_required_marks_limits_and_the_configured_categories_in_order() throws Exception {
            String html = page(get("/proposals/new"));

            assertThat(html).contains("<html lang=\"ja\">", "<title>ご意見・ご提案の送信 | 長期総合計画</title>",
                    "<h1>ご意見・ご提案の送信</h1>", "method=\"post\"", "action=\"/proposals/new\"", "novalidate");
            assertThat(html).contains("<label for=\"subject\">", "<span class=\"required\">必須</span>",
                    "id=\"subject-hint\"", "aria-describedby=\"subject-hint\"", "maxlength=\"100\"", "maxlength=\"4000\"");
            assertThat(html).containsSubsequence("<option value=\"\">選んでください</option>",
                    "<option value=\"administration\">市政・行政運営</option>",
                    "<option value=\"community\">市民協働・地域づくり</option>", "<option value=\"other\">その他</option>");
            assertThat(html).contains("type=\"email\"", "autocomplete=\"email\"", "type=\"tel\"");
        }

        @Test
        void groups_the_optional_contact_fields_and_offers_answer_and_publication_choices_and_a_privacy_note() throws Exception {
            String html = page(get("/proposals/new"));

            assertThat(html).containsSubsequence("<legend>連絡先（任意）</legend>", "連絡先は入力しなくても提案できます",
                    "for=\"familyName\"", "for=\"email\"", "</fieldset>");
            assertThat(html).contains("type=\"checkbox\"", "name=\"wantsAnswer\"", "個別の回答を希望する");
            assertThat(html).containsSubsequence("type=\"radio\"", "value=\"NONE\"", "checked", "公表しない",
                    "value=\"ANONYMOUS\"", "匿名で公表する", "value=\"WITH_SURNAME\"", "地区名と姓で公表する");
            assertThat(html).contains("個人情報の取扱いについて", "担当課には、個人情報を除いた写しだけを渡します。");
        }

        @Test
        void carries_a_csrf_token_and_a_one_time_form_token() throws Exception {
            String html = page(get("/proposals/new"));

            assertThat(html).contains("name=\"_csrf\"");
            assertThat(FORM_TOKEN.matcher(html).find()).isTrue();
            assertThat(tokenOf(html)).isNotEqualTo(tokenOf(page(get("/proposals/new"))));
        }

        @Test
        void reads_in_english_on_request() throws Exception {
            String html = page(get("/proposals/new").param("lang", "en"));

            assertThat(html).contains("<html lang=\"en\">", "Send an opinion or proposal", "Contact details (optional)",
                    "<option value=\"community\">Community and citizen partnership</option>");
        }
    }

    @Nested
    class Sending_the_form {

        @Test
        void shows_each_japanese_error_next_to_its_field_with_a_summary_and_keeps_what_was_typed() throws Exception {
            given(intake.submit(any(), any())).willThrow(new InvalidSubmissionException(List.of(
                    Violation.of("subject", Violation.Reason.REQUIRED),
                    Violation.of("email", Violation.Reason.MALFORMED))));

            String html = page(post("/proposals/new").with(csrf()).param("subject", "").param("text", "朝は満車です。")
                    .param("category", "community").param("familyName", "二本松").param("email", "hanako-at-example"));

            assertThat(html).containsSubsequence("class=\"error-summary\"", "role=\"alert\"", "入力内容を確認してください",
                    "href=\"#subject\">件名を入力してください。</a>", "href=\"#email\">メールアドレスの形式が正しくありません");
            assertThat(html).containsSubsequence("id=\"subject-error\"", "件名を入力してください。",
                    "aria-describedby=\"subject-hint subject-error\"", "aria-invalid=\"true\"", "id=\"subject\"");
            assertThat(html).containsSubsequence("id=\"email-error\"", "aria-describedby=\"email-hint email-error\"",
                    "aria-invalid=\"true\"", "id=\"email\"", "value=\"hanako-at-example\"");
            assertThat(html).contains(">朝は満車です。</textarea>", "value=\"二本松\"");
            assertThat(html).containsPattern("<option value=\"community\" selected=\"selected\">");
            assertThat(html).doesNotContain("aria-describedby=\"text-hint text-error\"");
            assertThat(FORM_TOKEN.matcher(html).find()).as("a fresh form token").isTrue();
        }

        @Test
        void hands_the_domain_a_web_form_draft_and_the_form_token_as_idempotency_key() throws Exception {
            given(intake.submit(any(), any())).willReturn(WebProposals.received());
            String token = tokenOf(page(get("/proposals/new")));

            mvc.perform(form().param("formToken", token).param("initiatives", "３－１．２、 2-1.6"))
                    .andExpect(status().isSeeOther());

            ArgumentCaptor<ProposalDraft> draft = ArgumentCaptor.forClass(ProposalDraft.class);
            verify(intake).submit(draft.capture(), org.mockito.ArgumentMatchers.eq(
                    Optional.of(new IdempotencyKey(ProposalForm.KEY_PREFIX + token))));
            assertThat(draft.getValue()).isEqualTo(new ProposalDraft(Channel.WEB_FORM, null, "駅前の駐輪場について",
                    "朝は満車です。", "community", List.of("3-1.2", "2-1.6"), "二本松", null, null, null,
                    "hanako@example.jp", null, true, PublicationConsent.ANONYMOUS));
        }

        @Test
        void shows_the_receipt_the_secret_once_and_the_due_date_in_the_japanese_era() throws Exception {
            given(intake.submit(any(), any())).willReturn(WebProposals.received());
            MockHttpSession session = new MockHttpSession();
            String token = tokenOf(page(get("/proposals/new").session(session)));

            MvcResult sent = mvc.perform(form().session(session).param("formToken", token))
                    .andExpect(status().isSeeOther())
                    .andReturn();
            String confirmation = sent.getResponse().getRedirectedUrl();
            assertThat(confirmation).isEqualTo("/proposals/received?form=" + token);

            String first = page(get(confirmation).session(session));
            assertThat(first).contains("<h1>ご提案を受け付けました</h1>", RECEIPT, SECRET_SHOWN, "令和8年5月22日",
                    "datetime=\"2026-05-22\"", "パスワードは、この画面で一度だけ表示します。");

            String again = page(get(confirmation).session(session));
            assertThat(again).contains("受付の画面は表示済みです").doesNotContain(SECRET_SHOWN, RECEIPT);
        }

        @Test
        void shows_the_secret_of_a_double_submission_once_with_the_first_receipt() throws Exception {
            given(intake.submit(any(), any())).willReturn(WebProposals.received(), WebProposals.replayed());
            MockHttpSession session = new MockHttpSession();
            String token = tokenOf(page(get("/proposals/new").session(session)));

            mvc.perform(form().session(session).param("formToken", token)).andExpect(status().isSeeOther());
            String confirmation = mvc.perform(form().session(session).param("formToken", token))
                    .andExpect(status().isSeeOther()).andReturn().getResponse().getRedirectedUrl();

            assertThat(page(get(confirmation).session(session))).contains(RECEIPT, SECRET_SHOWN);
            assertThat(page(get(confirmation).session(session))).doesNotContain(SECRET_SHOWN);
        }

        @Test
        void tells_a_replay_whose_secret_was_shown_that_it_was_received_already() throws Exception {
            given(intake.submit(any(), any())).willReturn(WebProposals.replayed());
            MockHttpSession session = new MockHttpSession();

            String confirmation = mvc.perform(form().session(session).param("formToken", tokenOf(page(get("/proposals/new")))))
                    .andReturn().getResponse().getRedirectedUrl();

            assertThat(page(get(confirmation).session(session)))
                    .contains("このご提案は受付済みです", RECEIPT, "令和8年5月22日", "パスワードは最初の受付画面でのみ表示しました。")
                    .doesNotContain(SECRET_SHOWN);
        }

        @Test
        void offers_a_fresh_token_when_a_sent_form_comes_back_with_changed_content() throws Exception {
            String token = tokenOf(page(get("/proposals/new")));
            given(intake.submit(any(), any())).willThrow(new IdempotencyKeyReusedException(
                    new IdempotencyKey(ProposalForm.KEY_PREFIX + token)));

            String html = page(form().param("formToken", token));

            assertThat(html).contains("この入力画面からは既に提案を送信しています。");
            assertThat(tokenOf(html)).isNotEqualTo(token);
        }

        @Test
        void is_refused_without_a_csrf_token() throws Exception {
            mvc.perform(post("/proposals/new").param("subject", "件名").param("text", "本文"))
                    .andExpect(status().isForbidden());
            verifyNoInteractions(intake);
        }

        private MockHttpServletRequestBuilder form() {
            return post("/proposals/new").with(csrf())
                    .param("subject", "駅前の駐輪場について")
                    .param("text", "朝は満車です。")
                    .param("category", "community")
                    .param("familyName", "二本松")
                    .param("email", "hanako@example.jp")
                    .param("wantsAnswer", "true")
                    .param("_wantsAnswer", "on")
                    .param("publicationConsent", "ANONYMOUS");
        }
    }

    @Nested
    class The_status_pages {

        @BeforeEach
        void theCaseIsKeptUnderItsSecret() {
            given(inquiry.find(anyString(), any())).willReturn(Optional.empty());
            given(inquiry.find(RECEIPT, SECRET_SHOWN)).willReturn(Optional.of(WebProposals.inState(ProposalState.IN_PROGRESS)));
        }

        @Test
        void ask_for_the_receipt_number_and_the_secret_by_post() throws Exception {
            String html = page(get("/proposals/status").param("receiptNumber", RECEIPT));

            assertThat(html).contains("<h1>提案の状況の確認</h1>", "action=\"/proposals/status\"", "method=\"post\"",
                    "name=\"_csrf\"", "type=\"password\"", "value=\"" + RECEIPT + "\"");
        }

        @Test
        void show_state_dates_and_a_withdraw_button_while_withdrawal_is_possible() throws Exception {
            String html = page(post("/proposals/status").with(csrf()).param("receiptNumber", RECEIPT).param("secret", SECRET_SHOWN));

            assertThat(html).contains("<h1>提案の状況</h1>", RECEIPT, "回答を準備中", "担当課が回答を準備しています。",
                    "令和8年5月1日", "令和8年5月22日", "駅前の駐輪場について");
            assertThat(html).containsSubsequence("action=\"/proposals/withdrawal\"", "name=\"_csrf\"",
                    "name=\"secret\" value=\"" + SECRET_SHOWN + "\"", "name=\"confirmed\"", "取り下げる");
        }

        @Test
        void show_the_answer_once_sent_and_no_withdraw_button() throws Exception {
            given(inquiry.find(RECEIPT, SECRET_SHOWN)).willReturn(Optional.of(WebProposals.inState(ProposalState.ANSWERED)));

            String html = page(post("/proposals/status").with(csrf()).param("receiptNumber", RECEIPT).param("secret", SECRET_SHOWN));

            assertThat(html).contains("回答済み", "市からの回答", "送付日：令和8年5月20日", "駐輪場を来年度に50台分増やします。")
                    .doesNotContain("action=\"/proposals/withdrawal\"");
        }

        @Test
        void say_the_same_not_found_for_an_unknown_number_and_a_wrong_secret() throws Exception {
            String unknown = page(post("/proposals/status").with(csrf()).param("receiptNumber", "P2026-09999").param("secret", SECRET_SHOWN));
            String wrong = page(post("/proposals/status").with(csrf()).param("receiptNumber", RECEIPT).param("secret", WRONG_SECRET));

            String message = "受付番号またはパスワードが正しくないか、該当する提案がありません。";
            assertThat(unknown).contains(message).doesNotContain(SECRET_SHOWN);
            assertThat(wrong).contains(message).doesNotContain(WRONG_SECRET);
            assertThat(withoutCsrfToken(unknown.replace("P2026-09999", RECEIPT))).isEqualTo(withoutCsrfToken(wrong));
        }

        @Test
        void ask_for_both_fields_when_one_is_missing() throws Exception {
            String html = page(post("/proposals/status").with(csrf()).param("receiptNumber", RECEIPT).param("secret", ""));

            assertThat(html).contains("照会用パスワードを入力してください。", "aria-invalid=\"true\"");
            verifyNoInteractions(intake);
        }

        @Test
        void withdraw_the_proposal_after_confirmation() throws Exception {
            given(intake.withdraw(RECEIPT, SECRET_SHOWN)).willReturn(WebProposals.inState(ProposalState.WITHDRAWN));

            String html = page(post("/proposals/withdrawal").with(csrf())
                    .param("receiptNumber", RECEIPT).param("secret", SECRET_SHOWN).param("confirmed", "true"));

            assertThat(html).contains("提案を取り下げました。", "取り下げ済み").doesNotContain("action=\"/proposals/withdrawal\"");
        }

        @Test
        void ask_to_confirm_a_withdrawal_first() throws Exception {
            String html = page(post("/proposals/withdrawal").with(csrf()).param("receiptNumber", RECEIPT).param("secret", SECRET_SHOWN));

            assertThat(html).contains("「この提案を取り下げます」にチェックを入れてください。", "action=\"/proposals/withdrawal\"");
            verifyNoInteractions(intake);
        }

        @Test
        void say_why_an_answered_proposal_cannot_be_withdrawn() throws Exception {
            given(intake.withdraw(RECEIPT, SECRET_SHOWN)).willThrow(
                    new ProposalStateException(WebProposals.RECEIPT_NUMBER, ProposalState.ANSWERED, "withdrawn"));
            given(inquiry.find(RECEIPT, SECRET_SHOWN)).willReturn(Optional.of(WebProposals.inState(ProposalState.ANSWERED)));

            String html = page(post("/proposals/withdrawal").with(csrf())
                    .param("receiptNumber", RECEIPT).param("secret", SECRET_SHOWN).param("confirmed", "true"));

            assertThat(html).contains("回答を送付済みのため、この提案は取り下げできません。");
        }

        @Test
        void refuse_a_withdrawal_without_a_csrf_token() throws Exception {
            mvc.perform(post("/proposals/withdrawal").param("receiptNumber", RECEIPT).param("secret", SECRET_SHOWN)
                            .param("confirmed", "true"))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/proposals/status").param("receiptNumber", RECEIPT).param("secret", SECRET_SHOWN))
                    .andExpect(status().isForbidden());
            verifyNoInteractions(intake, inquiry);
        }
    }

    @Nested
    class The_published_page {

        @Test
        void lists_the_published_answers_with_paging_links() throws Exception {
            given(inquiry.published(1, 20)).willReturn(new PublishedPage(List.of(WebProposals.published("駐輪場について")), 1, 20, true));

            String html = page(get("/proposals/published").param("page", "1"));

            assertThat(html).contains("<h1>公表した提案と回答</h1>", "駐輪場について", "朝は満車です。［電話番号］",
                    "市民協働・地域づくり", "油井", "二本松", "駐輪場を来年度に50台分増やします。", "令和8年5月20日", "令和8年6月1日",
                    "href=\"/proposals/published?page=0\"", "href=\"/proposals/published?page=2\"")
                    .doesNotContain(RECEIPT);
        }

        @Test
        void says_so_when_nothing_is_published() throws Exception {
            given(inquiry.published(0, 20)).willReturn(new PublishedPage(List.of(), 0, 20, false));

            assertThat(page(get("/proposals/published"))).contains("公表した提案はまだありません。").doesNotContain("rel=\"next\"");
        }
    }

    @Nested
    class User_text {

        @Test
        void shows_literally_on_the_status_page() throws Exception {
            given(inquiry.find(RECEIPT, SECRET_SHOWN)).willReturn(Optional.of(WebProposals.withSubject(ProposalState.RECEIVED, SCRIPT)));

            String html = page(post("/proposals/status").with(csrf()).param("receiptNumber", RECEIPT).param("secret", SECRET_SHOWN));

            assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain(SCRIPT);
        }

        @Test
        void shows_literally_on_the_published_page() throws Exception {
            given(inquiry.published(0, 20)).willReturn(new PublishedPage(List.of(WebProposals.published(SCRIPT)), 0, 20, false));

            String html = page(get("/proposals/published"));

            assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain(SCRIPT);
        }

        @Test
        void shows_literally_when_the_form_comes_back_with_errors() throws Exception {
            given(intake.submit(any(), any())).willThrow(new InvalidSubmissionException(List.of(
                    Violation.of("category", Violation.Reason.REQUIRED))));

            String html = page(post("/proposals/new").with(csrf()).param("subject", SCRIPT).param("text", SCRIPT));

            assertThat(html).contains("value=\"&lt;script&gt;alert(1)&lt;/script&gt;\"", "分類を選んでください。")
                    .doesNotContain(SCRIPT);
        }
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private static String withoutCsrfToken(String html) {
        return html.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
    }

    private static String tokenOf(String html) {
        Matcher token = FORM_TOKEN.matcher(html);
        assertThat(token.find()).as("form token in %s", html).isTrue();
        return token.group(1);
    }
}
