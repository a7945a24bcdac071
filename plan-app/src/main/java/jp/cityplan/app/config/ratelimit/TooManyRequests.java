package jp.cityplan.app.config.ratelimit;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.http.HttpHeaders;

/**
 * The 429 answer: {@code Retry-After} in seconds and a Japanese text, as problem JSON for API clients or as a small
 * page for people using the forms. Nothing of the request is echoed.
 */
public final class TooManyRequests {

    public static final int STATUS = 429;

    private TooManyRequests() {
    }

    public static long seconds(Duration retryAfter) {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    public static void problem(HttpServletResponse response, Duration retryAfter, String detail) throws IOException {
        long seconds = seconds(retryAfter);
        prepare(response, seconds, "application/problem+json");
        String body = "{\"type\":\"about:blank\",\"title\":\"リクエストが多すぎます\",\"status\":429,\"detail\":\""
                + detail.replace(SECONDS, Long.toString(seconds)) + "\",\"retryAfterSeconds\":" + seconds + "}";
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }

    public static void page(HttpServletResponse response, Duration retryAfter, String detail, String homeHref)
            throws IOException {
        long seconds = seconds(retryAfter);
        prepare(response, seconds, "text/html");
        String body = """
                <!DOCTYPE html>
                <html lang="ja">
                <head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>しばらくお待ちください</title></head>
                <body>
                <main>
                <h1>しばらくお待ちください</h1>
                <p>%s</p>
                <p><a href="%s">トップページへ戻る</a></p>
                </main>
                </body>
                </html>
                """.formatted(detail.replace(SECONDS, Long.toString(seconds)), homeHref);
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }

    /** Where the number of seconds goes in a detail text. */
    public static final String SECONDS = "{seconds}";

    private static void prepare(HttpServletResponse response, long seconds, String contentType) {
        response.resetBuffer();
        response.setStatus(STATUS);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setContentType(contentType);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    }
}
