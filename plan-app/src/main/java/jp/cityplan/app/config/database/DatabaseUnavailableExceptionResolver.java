package jp.cityplan.app.config.database;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import lombok.extern.slf4j.Slf4j;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers 503 for any controller whose request failed because the database could not be reached, before the
 * controllers' own advices (which end in a catch-all 500). Any other failure passes on unchanged.
 */
@Slf4j
class DatabaseUnavailableExceptionResolver implements HandlerExceptionResolver {

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception failure) {
        if (!DatabaseUnavailable.isCauseOf(failure) || response.isCommitted()) {
            return null;
        }
        log.warn("database unavailable, answered 503 for {} {}: {}", request.getMethod(), request.getRequestURI(),
                failure.getClass().getSimpleName());
        try {
            DatabaseUnavailableProblem.write(request, response);
        } catch (IOException writeFailed) {
            log.debug("could not write the 503 answer", writeFailed);
        }
        return new ModelAndView();
    }
}
