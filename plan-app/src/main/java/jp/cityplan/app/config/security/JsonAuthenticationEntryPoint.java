package jp.cityplan.app.config.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 401 (with a Basic challenge for REST clients) and 403 as problem JSON, without the reason or a stack trace. */
public class JsonAuthenticationEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final String realm;

    public JsonAuthenticationEntryPoint(String realm) {
        this.realm = realm;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException refused)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + realm + "\", charset=\"UTF-8\"");
        ProblemResponses.write(response, HttpServletResponse.SC_UNAUTHORIZED, "認証が必要です / Authentication required",
                "職員のユーザー ID とパスワードで認証してください。 / Sign in with a staff user id and password.");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        ProblemResponses.write(response, HttpServletResponse.SC_FORBIDDEN, "権限がありません / Forbidden",
                "この操作の権限がありません。 / You may not do this.");
    }
}
