package jp.cityplan.app.config.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /engine-rest} has no CSRF token (no cookie authenticates there), but a browser that once asked a member of
 * staff for the Basic password sends it along with any request, also one that another site's page makes. A changing
 * request that a browser marks as coming from another site ({@code Sec-Fetch-Site}), or whose {@code Origin} is
 * not this server, is refused (403). Programs (no such headers) are not affected.
 */
public class CrossSiteRequestFilter extends OncePerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!SAFE_METHODS.contains(request.getMethod()) && fromAnotherSite(request)) {
            ProblemResponses.write(response, HttpServletResponse.SC_FORBIDDEN, "他のサイトからの要求です / Cross-site request",
                    "他のサイトのページからの変更要求は受け付けません。 / Changes requested by another site's page are refused.");
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean fromAnotherSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && (site.equalsIgnoreCase("cross-site") || site.equalsIgnoreCase("same-site"))) {
            return true;
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        try {
            URI uri = URI.create(origin);
            int port = uri.getPort() != -1 ? uri.getPort() : ("https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80);
            return !(request.getScheme().equalsIgnoreCase(uri.getScheme())
                    && request.getServerName().equalsIgnoreCase(uri.getHost())
                    && request.getServerPort() == port);
        } catch (IllegalArgumentException notAUri) {
            return true;
        }
    }
}
