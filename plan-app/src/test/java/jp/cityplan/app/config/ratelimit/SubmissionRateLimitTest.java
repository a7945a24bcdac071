package jp.cityplan.app.config.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jp.cityplan.app.config.security.SecurityStackTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The per-client limits over the whole app, with the shipped settings (10 submissions and 30 lookups a minute): the
 * 11th proposal within a minute is refused with 429, Retry-After and a Japanese text, and not stored; another client
 * is not affected. Clients are told apart by their address (MockMvc's remote address; no network is involved).
 */
@SecurityStackTest
class SubmissionRateLimitTest {

    private static final String BODY = """
            {"subject": "駐輪場の案内", "text": "案内表示を増やしてください。", "category": "community",
             "publicationConsent": "NONE"}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RateLimitProperties limits;

    @Test
    void the_shipped_limits_are_ten_submissions_and_thirty_lookups_a_minute() {
        assertThat(limits.submissionsPerMinute()).isEqualTo(10);
        assertThat(limits.lookupsPerMinute()).isEqualTo(30);
        assertThat(limits.enabled()).isTrue();
    }

    @Test
    void the_eleventh_proposal_in_a_minute_is_refused_and_another_client_goes_on() throws Exception {
        for (int i = 0; i < 10; i++) {
            mvc.perform(post("/api/proposals").with(client("198.51.100.10")).contentType(MediaType.APPLICATION_JSON).content(BODY))
                    .andExpect(status().isCreated());
        }
        int stored = proposals();

        MockHttpServletResponse refused = mvc.perform(post("/api/proposals").with(client("198.51.100.10"))
                        .contentType(MediaType.APPLICATION_JSON).content(BODY))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(429))
                .andExpect(jsonPath("$.title").value("リクエストが多すぎます"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("秒ほど待ってから")))
                .andExpect(header().exists("X-Content-Type-Options"))
                .andReturn().getResponse();
        assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isBetween(1L, 60L);
        assertThat(proposals()).isEqualTo(stored);

        mvc.perform(post("/api/proposals").with(client("198.51.100.11")).contentType(MediaType.APPLICATION_JSON).content(BODY))
                .andExpect(status().isCreated());
        assertThat(proposals()).isEqualTo(stored + 1);
    }

    @Test
    void the_form_gets_a_japanese_page_with_429() throws Exception {
        for (int i = 0; i < 10; i++) {
            mvc.perform(post("/proposals/new").with(client("198.51.100.20")).with(csrf())
                            .param("subject", "").param("text", "").param("category", "community").param("publicationConsent", "NONE"))
                    .andExpect(status().isOk());
        }
        MockHttpServletResponse refused = mvc.perform(post("/proposals/new").with(client("198.51.100.20")).with(csrf())
                        .param("subject", "").param("text", "").param("category", "community").param("publicationConsent", "NONE"))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(header().exists("Retry-After"))
                .andExpect(header().exists("Content-Security-Policy"))
                .andReturn().getResponse();
        assertThat(refused.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("<html lang=\"ja\">").contains("しばらくお待ちください").contains("入力した内容は送信されていません");
    }

    @Test
    void guessing_secrets_is_limited_but_reading_the_published_answers_is_not() throws Exception {
        for (int i = 0; i < 30; i++) {
            mvc.perform(get("/api/proposals/P2026-{n}", String.format("%05d", 90000 + i)).with(client("198.51.100.30"))
                            .header("X-Proposal-Secret", "AAAA-BBBB-CCCC-DDDD-EEEE"))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/proposals/P2026-99999").with(client("198.51.100.30")).header("X-Proposal-Secret", "x"))
                .andExpect(status().isTooManyRequests());
        mvc.perform(post("/api/proposals/P2026-99999/withdrawal").with(client("198.51.100.30")).header("X-Proposal-Secret", "x"))
                .andExpect(status().isTooManyRequests());
        for (int i = 0; i < 35; i++) {
            mvc.perform(get("/api/proposals/published").with(client("198.51.100.30"))).andExpect(status().isOk());
        }
        mvc.perform(get("/api/proposals/P2026-99999").with(client("198.51.100.31")).header("X-Proposal-Secret", "x"))
                .andExpect(status().isNotFound());
    }

    private int proposals() {
        return jdbc.queryForObject("select count(*) from proposal_case", Integer.class);
    }

    private static RequestPostProcessor client(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
