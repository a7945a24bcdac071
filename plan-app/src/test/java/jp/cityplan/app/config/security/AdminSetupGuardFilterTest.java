package jp.cityplan.app.config.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Answers.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The setup guard's decision, without an engine: only an installation without any user may run the setup. */
class AdminSetupGuardFilterTest {

    private final IdentityService identityService = mock(IdentityService.class, RETURNS_DEEP_STUBS);
    private final AdminSetupGuardFilter guard = new AdminSetupGuardFilter(identityService, "/camunda");

    @Test
    void an_empty_installation_may_run_the_setup() throws Exception {
        when(identityService.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count()).thenReturn(0L);
        when(identityService.createUserQuery().count()).thenReturn(0L);
        MockFilterChain chain = new MockFilterChain();

        guard.doFilter(setup(), new MockHttpServletResponse(), chain);

        assertThat(chain.getRequest()).isNotNull();
    }

    @Test
    void any_user_ends_the_setup_and_the_callers_engine_authentication_is_restored() throws Exception {
        when(identityService.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count()).thenReturn(0L);
        when(identityService.createUserQuery().count()).thenReturn(1L);
        Authentication caller = new Authentication("someone", java.util.List.of());
        when(identityService.getCurrentAuthentication()).thenReturn(caller);
        MockFilterChain chain = new MockFilterChain();
        MockHttpServletResponse response = new MockHttpServletResponse();

        guard.doFilter(setup(), response, chain);

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(chain.getRequest()).isNull();
        verify(identityService).clearAuthentication();
        verify(identityService).setAuthentication(caller);
    }

    @Test
    void an_encoded_path_is_recognised_and_other_admin_calls_pass() throws Exception {
        when(identityService.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count()).thenReturn(1L);
        MockHttpServletRequest encoded = new MockHttpServletRequest("POST", "/camunda/api/admin/s%65tup/default/user/create");
        MockHttpServletResponse refused = new MockHttpServletResponse();
        guard.doFilter(encoded, refused, new MockFilterChain());
        assertThat(refused.getStatus()).isEqualTo(403);

        MockFilterChain chain = new MockFilterChain();
        guard.doFilter(new MockHttpServletRequest("GET", "/camunda/api/admin/auth/user/default"),
                new MockHttpServletResponse(), chain);
        assertThat(chain.getRequest()).isNotNull();
    }

    private static MockHttpServletRequest setup() {
        return new MockHttpServletRequest("POST", "/camunda/api/admin/setup/default/user/create");
    }
}
