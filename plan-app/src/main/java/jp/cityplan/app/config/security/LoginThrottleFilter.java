package jp.cityplan.app.config.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;
import jp.cityplan.app.config.ratelimit.ClientAddressResolver;
import jp.cityplan.app.config.ratelimit.ClientBuckets;
import jp.cityplan.app.config.ratelimit.TooManyRequests;
import lombok.extern.slf4j.Slf4j;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * Throttles password guessing per client, in front of every staff login: HTTP Basic anywhere ({@code /engine-rest},
 * {@code /api}, {@code /staff}), the app's login form ({@code POST /login}) and the webapps' login
 * ({@code POST /camunda/api/admin/auth/user/<engine>/login/<app>}). A failed attempt (401, or the login form sent
 * back with {@code ?error}) costs the client a token; a client without tokens is refused with 429 before its
 * password is even checked, until the bucket refills.
 *
 * <p>Per user id the engine throttles by itself: after a wrong password {@code IdentityService.checkPassword}
 * refuses even the right one for {@code loginDelayBase × loginDelayFactor^(attempts-1)} seconds (3, 6, 12 … at most
 * {@code loginDelayMaxTime} 60 s), and after {@code loginMaxAttempts} (10) failures in a row the user stays locked
 * until an administrator unlocks them in Admin. That protects a known user id but not guessing across many ids,
 * and it lets anyone lock a member of staff out: this per-client budget limits both.
 */
@Slf4j
public class LoginThrottleFilter extends OncePerRequestFilter {

    static final String DETAIL = "ログインの失敗が続いたため、しばらく受け付けません。{seconds}秒ほど待ってから、もう一度お試しください。";

    private static final Pattern WEBAPP_LOGIN = Pattern.compile("/api/admin/auth/user/[^/]+/login/[^/]+");

    private final ClientBuckets failures;
    private final ClientAddressResolver clients;
    private final String webappPath;

    public LoginThrottleFilter(LoginThrottleProperties properties, int maxClients, ClientAddressResolver clients,
                               String webappPath, TimeMeter clock) {
        this.failures = new ClientBuckets(maxClients, () -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(properties.maxFailures())
                        .refillGreedy(properties.maxFailures(), properties.window()).build())
                .withCustomTimePrecision(clock)
                .build());
        this.clients = clients;
        this.webappPath = webappPath;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
        boolean formLogin = "POST".equals(request.getMethod()) && path.equals("/login");
        boolean webappLogin = "POST".equals(request.getMethod()) && path.startsWith(webappPath)
                && WEBAPP_LOGIN.matcher(path.substring(webappPath.length())).matches();
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        boolean basic = authorization != null && authorization.toLowerCase(Locale.ROOT).startsWith("basic ");
        if (!formLogin && !webappLogin && !basic) {
            chain.doFilter(request, response);
            return;
        }
        Bucket bucket = failures.of(clients.clientOf(request));
        if (bucket.getAvailableTokens() < 1) {
            Duration wait = Duration.ofNanos(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill());
            log.warn("login throttle: refused a client after repeated failed logins ({} {})", request.getMethod(), path);
            if (formLogin) {
                TooManyRequests.page(response, wait, DETAIL, request.getContextPath() + "/");
            } else {
                TooManyRequests.problem(response, wait, DETAIL);
            }
            return;
        }
        chain.doFilter(request, response);
        if (failed(response, formLogin)) {
            bucket.tryConsume(1);
        }
    }

    private static boolean failed(HttpServletResponse response, boolean formLogin) {
        if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
            return true;
        }
        String location = response.getHeader(HttpHeaders.LOCATION);
        return formLogin && location != null && location.contains("error");
    }
}
