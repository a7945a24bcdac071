package jp.cityplan.app.config.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Behind HTTPS (PLAN_SECURE_COOKIES=true) the citizens' and the webapps' cookies are Secure, HttpOnly and SameSite. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:cookies-${random.uuid};DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false",
        "PLAN_SECURE_COOKIES=true"})
class SecureCookiesTest {

    @LocalServerPort
    int port;

    private List<String> cookiesOf(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        return response.headers().allValues("Set-Cookie");
    }

    @Test
    void the_session_cookie_of_the_citizens_form_is_secure_http_only_and_same_site() throws Exception {
        assertThat(cookiesOf("/proposals/new")).filteredOn(c -> c.startsWith("JSESSIONID="))
                .singleElement().satisfies(cookie -> assertThat(cookie)
                        .contains("Secure").contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void the_webapps_csrf_cookie_is_secure() throws Exception {
        assertThat(cookiesOf("/camunda/app/tasklist/default/")).filteredOn(c -> c.startsWith("XSRF-TOKEN="))
                .singleElement().satisfies(cookie -> assertThat(cookie).contains("Secure").containsIgnoringCase("SameSite"));
    }
}
