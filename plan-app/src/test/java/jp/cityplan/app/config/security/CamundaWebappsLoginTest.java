package jp.cityplan.app.config.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Tasklist, Cockpit and Admin open, and the demo administrator signs in to each, as in a browser. (A wrong password
 * for {@code demo} would lock the user for a few seconds, so refusals are shown with an unknown user.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:webapps;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false"})
@ExtendWith(CurrentEngineExtension.class)
class CamundaWebappsLoginTest {

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identityService;

    @Test
    void the_demo_administrator_exists_with_the_documented_password() {
        assertThat(identityService.createUserQuery().list()).extracting(u -> u.getId()).contains("demo");
        assertThat(identityService.checkPassword("demo", "demo")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin"})
    void the_demo_administrator_signs_in_to_each_webapp(String app) throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();

        HttpResponse<String> page = http.send(get("/camunda/app/" + app + "/default/"), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html");
        String xsrf = cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst().orElseThrow();

        HttpResponse<String> login = http.send(login(app, xsrf, "demo", "demo"), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        assertThat(login.body()).contains("\"userId\":\"demo\"").contains("\"" + app + "\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin"})
    void an_unknown_user_is_refused(String app) throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();
        http.send(get("/camunda/app/" + app + "/default/"), HttpResponse.BodyHandlers.ofString());
        String xsrf = cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst().orElseThrow();

        HttpResponse<String> wrong = http.send(login(app, xsrf, "nobody", "wrong"), HttpResponse.BodyHandlers.ofString());
        assertThat(wrong.statusCode()).isIn(401, 403);
        assertThat(wrong.body()).doesNotContain("userId");
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build();
    }

    private HttpRequest login(String app, String xsrf, String user, String password) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/camunda/api/admin/auth/user/default/login/" + app))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", xsrf)
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password))
                .build();
    }
}
