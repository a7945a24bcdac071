package jp.cityplan.app.config.database;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import lombok.extern.slf4j.Slf4j;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 503 where a request failed outside the controllers because the database could not be reached: in a
 * security filter (a staff login checks the engine's identity tables), in the engine's REST API or the webapps.
 * Any other failure is rethrown unchanged.
 */
@Slf4j
class DatabaseUnavailableFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException failure) {
            if (!DatabaseUnavailable.isCauseOf(failure) || response.isCommitted()) {
                throw failure;
            }
            log.warn("database unavailable, answered 503 for {} {}: {}", request.getMethod(),
                    request.getRequestURI(), failure.getClass().getSimpleName());
            DatabaseUnavailableProblem.write(request, response);
        }
    }
}
