package jp.cityplan.app.config.security;

import static jp.cityplan.app.config.security.EngineRestHttp.basic;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Password guessing against staff logins: per user id the engine itself refuses even the right password for a few
 * seconds after a wrong one (and the app's staff login inherits that, since it asks the engine); per client the app
 * refuses any login (429) after {@code security.login-throttle.max-failures} failures, while other clients go on.
 */
@SecurityStackTest
class StaffLoginThrottleTest {

    private static final String USER = "throttle-test-user";
    private static final String PASSWORD = "Right-Passw0rd";

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identityService;

    @Autowired
    LoginThrottleProperties throttle;

    EngineRestHttp http;

    @BeforeEach
    void user() {
        http = new EngineRestHttp(port);
        User user = identityService.newUser(USER);
        user.setPassword(PASSWORD);
        identityService.saveUser(user);
        // the engine REST API is for administrators while authorization checks are off
        identityService.createMembership(USER, "camunda-admin");
    }

    @AfterEach
    void noUser() {
        identityService.deleteUser(USER);
    }

    @Test
    void after_a_wrong_password_the_engine_refuses_the_right_one_for_a_while() throws Exception {
        String client = "192.0.2.10";
        assertThat(get("/engine-rest/engine", basic(USER, PASSWORD), client).statusCode()).isEqualTo(200);

        assertThat(get("/engine-rest/engine", basic(USER, "wrong"), client).statusCode()).isEqualTo(401);
        long failedAt = System.nanoTime();
        // the engine's delay after a first failure: loginDelayBase, 3 s
        assertThat(get("/engine-rest/engine", basic(USER, PASSWORD), client).statusCode()).isEqualTo(401);
        assertThat(get("/staff/anything", basic(USER, PASSWORD), client).statusCode()).isEqualTo(401);
        assertThat(Duration.ofNanos(System.nanoTime() - failedAt)).isLessThan(Duration.ofSeconds(3));

        Thread.sleep(Math.max(0, Duration.ofSeconds(4).minusNanos(System.nanoTime() - failedAt).toMillis()));
        assertThat(get("/engine-rest/engine", basic(USER, PASSWORD), client).statusCode()).isEqualTo(200);
    }

    @Test
    void a_client_that_keeps_failing_is_refused_before_its_password_is_checked_and_others_go_on() throws Exception {
        String guesser = "192.0.2.20";
        for (int i = 0; i < throttle.maxFailures(); i++) {
            HttpResponse<String> wrong = get("/engine-rest/engine", basic("guess-" + i, "password" + i), guesser);
            assertThat(wrong.statusCode()).as("failure %d", i + 1).isEqualTo(401);
        }

        HttpResponse<String> throttled = get("/engine-rest/engine", basic(USER, PASSWORD), guesser);
        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Long.parseLong(seconds)).isPositive());
        assertThat(throttled.body()).contains("ログインの失敗が続いたため");
        assertThat(get("/staff/anything", basic(USER, PASSWORD), guesser).statusCode()).isEqualTo(429);
        // the throttled attempt never reached the engine: the user's password still works at once elsewhere
        assertThat(get("/engine-rest/engine", basic(USER, PASSWORD), "192.0.2.21").statusCode()).isEqualTo(200);
        // a request without credentials is not a login and is not throttled
        assertThat(get("/engine-rest/engine", null, guesser).statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> get(String path, String authorization, String client) throws Exception {
        var request = http.request(path).header("X-Forwarded-For", client);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.GET().build());
    }
}
