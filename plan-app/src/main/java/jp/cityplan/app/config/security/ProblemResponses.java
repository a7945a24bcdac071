package jp.cityplan.app.config.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;

/**
 * Problem JSON (RFC 7807) written straight from a filter, before any controller. It also carries {@code message},
 * where the engine's REST clients and the Camunda webapps look for an error's text. Never anything of the request.
 */
public final class ProblemResponses {

    public static final String PROBLEM_JSON = "application/problem+json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProblemResponses() {
    }

    public static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
        write(response, status, title, detail, null, null);
    }

    /** As {@link #write(HttpServletResponse, int, String, String)}, with one more header (e.g. Retry-After). */
    public static void write(HttpServletResponse response, int status, String title, String detail,
                             String headerName, String headerValue) throws IOException {
        ObjectNode problem = JSON.createObjectNode()
                .put("type", "about:blank")
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .put("message", detail);
        response.resetBuffer();
        response.setStatus(status);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        if (headerName != null) {
            response.setHeader(headerName, headerValue);
        }
        response.setContentType(PROBLEM_JSON);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(JSON.writeValueAsBytes(problem));
        response.flushBuffer();
    }
}
