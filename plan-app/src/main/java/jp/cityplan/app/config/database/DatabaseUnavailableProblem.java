package jp.cityplan.app.config.database;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import jp.cityplan.app.config.security.ProblemResponses;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * The 503 answer while the database cannot be reached, with {@code Retry-After}: problem JSON in Japanese (English
 * with {@code ?lang=en} or an English {@code Accept-Language}), or for a browser asking for a page the error page
 * {@code error/503.html}. Nothing was saved, so the client may simply send the
 * same request again (with the same {@code Idempotency-Key}).
 */
final class DatabaseUnavailableProblem {

    static final int STATUS = HttpStatus.SERVICE_UNAVAILABLE.value();
    static final String RETRY_AFTER_SECONDS = "5";
    static final String TITLE_JA = "一時的に利用できません";
    static final String DETAIL_JA = "データベースに接続できないため、処理できませんでした。何も保存していません。"
            + "しばらくしてから、もう一度お試しください。";
    static final String TITLE_EN = "Temporarily unavailable";
    static final String DETAIL_EN = "The database cannot be reached, so nothing was saved. Please try again shortly.";

    private DatabaseUnavailableProblem() {
    }

    static void write(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (wantsPage(request)) {
            // a browser on the citizens' or staff pages: the error page error/503.html, in the reader's language
            response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
            response.sendError(STATUS);
            return;
        }
        ProblemResponses.write(response, STATUS, english(request) ? TITLE_EN : TITLE_JA,
                english(request) ? DETAIL_EN : DETAIL_JA, HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
    }

    private static boolean wantsPage(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        String path = request.getRequestURI();
        return accept != null && accept.contains("text/html") && !path.startsWith("/engine-rest")
                && !path.contains("/api/");
    }

    private static boolean english(HttpServletRequest request) {
        String lang = request.getParameter("lang");
        if (lang != null) {
            return "en".equals(lang);
        }
        String accepted = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        return accepted != null && accepted.startsWith("en");
    }
}
