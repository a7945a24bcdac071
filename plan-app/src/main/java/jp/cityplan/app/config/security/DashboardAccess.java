package jp.cityplan.app.config.security;

import java.util.function.Supplier;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Who reads the dashboard: administrators ({@code camunda-admin}) and division heads (the {@code <division>-heads}
 * groups of the organisation file).
 */
public final class DashboardAccess implements AuthorizationManager<RequestAuthorizationContext> {

    static final String ADMINISTRATORS = CamundaIdentityAuthenticationProvider.GROUP_PREFIX + "camunda-admin";
    static final String HEADS_SUFFIX = "-heads";

    @Override
    public AuthorizationDecision check(Supplier<Authentication> authentication, RequestAuthorizationContext context) {
        Authentication user = authentication.get();
        boolean allowed = user != null && user.isAuthenticated() && user.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .anyMatch(a -> a.equals(ADMINISTRATORS)
                        || a.startsWith(CamundaIdentityAuthenticationProvider.GROUP_PREFIX) && a.endsWith(HEADS_SUFFIX));
        return new AuthorizationDecision(allowed);
    }
}
