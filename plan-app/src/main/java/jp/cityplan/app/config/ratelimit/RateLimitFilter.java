package jp.cityplan.app.config.ratelimit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;
import jp.cityplan.app.config.ratelimit.SubmissionRateLimiter.Kind;
import lombok.extern.slf4j.Slf4j;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * Limits what one client may send to the public proposal endpoints: new proposals (API and form) and the requests
 * that check a receipt number and secret (status through API and form, withdrawal through API and form), so that
 * neither flooding the office nor guessing secrets pays. Answers 429 with {@code Retry-After}: problem JSON under
 * {@code /api/}, a short Japanese page for the forms. The list of published answers is not limited here.
 */
@Slf4j
public class RateLimitFilter extends OncePerRequestFilter {

    static final String API_DETAIL = "短い時間に多くのリクエストがありました。{seconds}秒ほど待ってから、もう一度お試しください。";
    static final String PAGE_DETAIL = "短い時間に多くの送信がありました。{seconds}秒ほど待ってから、もう一度お試しください。"
            + "入力した内容は送信されていません。";

    private static final Pattern API_RECEIPT = Pattern.compile("/api/proposals/(?!published$)[^/]+");
    private static final Pattern RECRUITMENT_APPLICATION = Pattern.compile(
            "/api/recruitments/[^/]+/applications|/recruitments/[^/]+/apply");
    private static final Pattern API_WITHDRAWAL = Pattern.compile("/api/proposals/[^/]+/withdrawal");

    private final SubmissionRateLimiter limiter;
    private final ClientAddressResolver clients;

    public RateLimitFilter(SubmissionRateLimiter limiter, ClientAddressResolver clients) {
        this.limiter = limiter;
        this.clients = clients;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
        Optional<Kind> kind = classify(request.getMethod(), path);
        if (kind.isPresent()) {
            String client = clients.clientOf(request);
            Optional<Duration> wait = limiter.tryAcquire(kind.get(), client);
            if (wait.isPresent()) {
                log.info("rate limit: {} refused for a client ({} {})", kind.get(), request.getMethod(), path);
                if (path.startsWith("/api/")) {
                    TooManyRequests.problem(response, wait.get(), API_DETAIL);
                } else {
                    TooManyRequests.page(response, wait.get(), PAGE_DETAIL, request.getContextPath() + "/");
                }
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** What a request costs, if anything. HEAD counts as GET: it answers the same question. */
    static Optional<Kind> classify(String method, String path) {
        boolean post = "POST".equals(method);
        boolean read = "GET".equals(method) || "HEAD".equals(method);
        if (post && (path.equals("/api/proposals") || path.equals("/proposals/new")
                || RECRUITMENT_APPLICATION.matcher(path).matches())) {
            return Optional.of(Kind.SUBMISSION);
        }
        if (post && (path.equals("/proposals/status") || path.equals("/proposals/withdrawal")
                || API_WITHDRAWAL.matcher(path).matches())) {
            return Optional.of(Kind.LOOKUP);
        }
        if (read && API_RECEIPT.matcher(path).matches()) {
            return Optional.of(Kind.LOOKUP);
        }
        return Optional.empty();
    }
}
