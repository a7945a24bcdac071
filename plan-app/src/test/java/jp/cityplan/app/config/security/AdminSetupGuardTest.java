package jp.cityplan.app.config.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Admin webapp's first-run setup never creates a user once users exist: neither while the demo administrator is a
 * member of {@code camunda-admin} (Camunda's own check would refuse too), nor in the case Camunda 7.24.0 gets wrong,
 * the group without a direct member. Each request carries a valid XSRF token, so only the guard can refuse it.
 */
@SecurityStackTest
class AdminSetupGuardTest {

    private static final String INTRUDER = "setup-intruder";

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identityService;

    @Test
    void the_setup_is_refused_while_an_administrator_exists() throws Exception {
        assertThat(identityService.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count()).isPositive();

        HttpResponse<String> refused = createThroughSetup();

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
        assertThat(refused.body()).contains("Setup is over");
        assertThat(identityService.createUserQuery().userId(INTRUDER).count()).isZero();
    }

    @Test
    void the_setup_is_refused_when_camunda_admin_has_no_direct_member_but_users_exist() throws Exception {
        java.util.List<String> admins = identityService.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).list()
                .stream().map(user -> user.getId()).toList();
        admins.forEach(id -> identityService.deleteMembership(id, Groups.CAMUNDA_ADMIN));
        try {
            assertThat(identityService.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count()).isZero();

            HttpResponse<String> refused = createThroughSetup();

            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
            assertThat(refused.body()).contains("Setup is over");
            assertThat(identityService.createUserQuery().userId(INTRUDER).count()).isZero();
            assertThat(identityService.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count()).isZero();
        } finally {
            if (identityService.createUserQuery().userId(INTRUDER).count() > 0) {
                identityService.deleteUser(INTRUDER);
            }
            admins.forEach(id -> identityService.createMembership(id, Groups.CAMUNDA_ADMIN));
        }
    }

    private HttpResponse<String> createThroughSetup() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<String> page = browser.send(request("/camunda/app/admin/default/").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        String xsrf = cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst().orElseThrow();
        return browser.send(request("/camunda/api/admin/setup/default/user/create")
                .header("Content-Type", "application/json").header("X-XSRF-TOKEN", xsrf)
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"profile": {"id": "%s", "firstName": "I", "lastName": "Ntruder", "email": "i@example.invalid"},
                         "credentials": {"password": "Intruder-Passw0rd!"}}""".formatted(INTRUDER))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }
}
