package jp.cityplan.app.config.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import lombok.extern.slf4j.Slf4j;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * The Admin webapp's first-run setup ({@code /camunda/api/admin/setup/<engine>/user/create}) creates an
 * administrator without signing in. Camunda 7.24.0 allows it whenever the {@code camunda-admin} group has no direct
 * member, even if administrators exist by other means. Here it is refused (403) as soon as any user exists at all
 * (and so whenever a member of {@code camunda-admin} exists): on a city's installation the first administrator comes
 * from configuration ({@code camunda.bpm.admin-user}), never from the web. The users are counted without the
 * caller's engine authentication, so that authorizations cannot hide users from the check.
 */
@Slf4j
public class AdminSetupGuardFilter extends OncePerRequestFilter {

    private final IdentityService identityService;
    private final String setupPath;

    /** @param webappPath the webapps' path, e.g. {@code /camunda} */
    public AdminSetupGuardFilter(IdentityService identityService, String webappPath) {
        this.identityService = identityService;
        this.setupPath = webappPath + "/api/admin/setup";
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
        return !path.startsWith(setupPath);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (setupIsOver()) {
            log.warn("refused the admin setup: users exist already ({} {})", request.getMethod(), request.getRequestURI());
            ProblemResponses.write(response, HttpServletResponse.SC_FORBIDDEN, "初期設定は終了しています / Setup is over",
                    "ユーザーが既に存在するため、初期設定で管理者は作成できません。 / Users exist already: the setup cannot "
                            + "create an administrator.");
            return;
        }
        chain.doFilter(request, response);
    }

    boolean setupIsOver() {
        Authentication caller = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            return identityService.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count() > 0
                    || identityService.createUserQuery().count() > 0;
        } finally {
            if (caller != null) {
                identityService.setAuthentication(caller);
            }
        }
    }
}
