package jp.cityplan.app.config.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Over the whole app: the citizens' forms need their CSRF token, the JSON API (no cookie, no session) does not, and
 * the citizens' pages carry a content security policy that forbids framing by other sites, and no sniffing.
 */
@SecurityStackTest
class CsrfAndHeadersTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_proposal_form_sent_without_its_csrf_token_is_refused_and_nothing_is_stored() throws Exception {
        int before = proposals();

        mvc.perform(post("/proposals/new").with(client("198.51.100.50"))
                        .param("subject", "公園のベンチ").param("text", "ベンチを増やしてください。")
                        .param("category", "community").param("publicationConsent", "NONE"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/proposals/status").with(client("198.51.100.50"))
                        .param("receiptNumber", "P2026-00001").param("secret", "ABCD"))
                .andExpect(status().isForbidden());

        assertThat(proposals()).isEqualTo(before);
    }

    @Test
    void with_the_token_the_form_is_taken() throws Exception {
        mvc.perform(post("/proposals/new").with(client("198.51.100.51")).with(csrf())
                        .param("subject", "").param("text", "").param("category", "community")
                        .param("publicationConsent", "NONE"))
                // shown again with the errors next to the fields: it got past security
                .andExpect(status().isOk());
    }

    @Test
    void the_json_api_works_without_a_csrf_token() throws Exception {
        mvc.perform(post("/api/proposals").with(client("198.51.100.52")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"subject\": \"\", \"text\": \"\", \"category\": \"community\", \"publicationConsent\": \"NONE\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations").isArray());
        mvc.perform(post("/api/proposals").with(client("198.51.100.52")).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"subject": "駐輪場の案内", "text": "案内表示を増やしてください。", "category": "community",
                                 "publicationConsent": "NONE"}"""))
                .andExpect(status().isCreated())
                .andExpect(header().doesNotExist("Set-Cookie"));
    }

    @Test
    void citizen_pages_forbid_framing_by_other_sites_and_sniffing() throws Exception {
        for (String page : new String[] {"/", "/proposals/new", "/proposals/status", "/proposals/published"}) {
            String policy = mvc.perform(get(page)).andExpect(status().isOk())
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andReturn().getResponse().getHeader("Content-Security-Policy");
            assertThat(policy).as(page).contains("frame-ancestors 'self'").contains("default-src 'self'")
                    .contains("object-src 'none'").doesNotContain("unsafe-eval");
        }
    }

    private int proposals() {
        return jdbc.queryForObject("select count(*) from proposal_case", Integer.class);
    }

    static RequestPostProcessor client(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
