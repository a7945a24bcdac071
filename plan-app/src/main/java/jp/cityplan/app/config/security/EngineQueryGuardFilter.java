package jp.cityplan.app.config.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import lombok.extern.slf4j.Slf4j;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * Closes the {@code orQueries} expression hole of Camunda 7.24.0 in front of the engine's REST API and the webapps'
 * API (see {@link QueryExpressionInspector}): a JSON body (or {@code orQueries} query parameter) with a forbidden
 * expression is refused with 400 problem JSON and never reaches the engine; any other request goes on with its body
 * intact. A JSON body that cannot be parsed is refused too (what cannot be inspected is not passed on), and so is
 * one over {@link #MAX_JSON_BODY} bytes (413).
 */
@Slf4j
public class EngineQueryGuardFilter extends OncePerRequestFilter {

    /** Queries and filters are small; variables with files go as multipart, which is not JSON and not read here. */
    static final int MAX_JSON_BODY = 10 * 1024 * 1024;

    private static final Set<String> METHODS_WITH_BODY = Set.of("POST", "PUT", "PATCH", "DELETE");
    /** Strict about repeated keys: the engine would take the last, so an inspected first one could hide it. */
    private static final ObjectMapper JSON = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private final Pattern queryPaths;

    /**
     * @param engineRestPath the REST API's path, e.g. {@code /engine-rest}
     * @param webappPath     the webapps' path, e.g. {@code /camunda} (their engine API is under {@code /api/engine/engine/<name>})
     */
    public EngineQueryGuardFilter(String engineRestPath, String webappPath) {
        this.queryPaths = Pattern.compile("(?:" + Pattern.quote(engineRestPath) + "(?:/engine/[^/]+)?|"
                + Pattern.quote(webappPath) + "/api/engine/engine/[^/]+)"
                + "/(?:task(?:/count)?|filter(?:/create|/[^/]+(?:/(?:list|count|singleResult))?))/?");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        if (query != null) {
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                String name = decode(equals < 0 ? pair : pair.substring(0, equals));
                String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
                if (QueryExpressionInspector.isForbiddenOrQueriesParameter(name, value)) {
                    refuse(request, response, "query parameter " + name);
                    return;
                }
            }
        }
        if (!METHODS_WITH_BODY.contains(request.getMethod()) || !isJson(request.getContentType())) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_JSON_BODY + 1);
        if (body.length > MAX_JSON_BODY) {
            ProblemResponses.write(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    "要求が大きすぎます / Request too large",
                    "JSON の本文が大きすぎます。 / The JSON body is too large.");
            return;
        }
        if (body.length > 0) {
            JsonNode json;
            try {
                json = JSON.readTree(body);
            } catch (JsonProcessingException malformed) {
                ProblemResponses.write(response, HttpServletResponse.SC_BAD_REQUEST, "JSON の誤り / Malformed JSON",
                        "本文を JSON として読めません。 / The body is not valid JSON.");
                return;
            }
            String path = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
            Optional<String> forbidden = json == null ? Optional.empty()
                    : QueryExpressionInspector.findForbidden(json, queryPaths.matcher(path).matches());
            if (forbidden.isPresent()) {
                refuse(request, response, forbidden.get());
                return;
            }
        }
        chain.doFilter(new CachedBodyRequest(request, body), response);
    }

    /** The URL's parameters, read here without touching a form body (that would take it from what comes after). */
    private static String decode(String raw) {
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return raw;
        }
    }

    private static boolean isJson(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).contains("json");
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, String reason) throws IOException {
        log.warn("refused an engine query with a forbidden expression: {} {} ({}, user {})", request.getMethod(),
                request.getRequestURI(), reason, request.getRemoteUser());
        ProblemResponses.write(response, HttpServletResponse.SC_BAD_REQUEST, "使えない式 / Expression not allowed",
                "問い合わせの orQueries には式を使えません。保存するフィルターの式は currentUser() などエンジンの関数に限ります。"
                        + " / Expressions are not allowed in orQueries; a filter's expressions are limited to the engine's "
                        + "functions such as currentUser().");
    }
}
