package jp.cityplan.app.config.security;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The engine's REST API ({@code /engine-rest}, the Camunda REST starter) for staff programs: HTTP Basic against the
 * engine's identity service, no session and so no CSRF token, and the signed-in user handed to the engine so that
 * its authorizations apply to what the API returns: a member of staff sees and works on the tasks of their own
 * groups, administrators everything. Anonymous calls get 401 problem JSON. Kept apart from
 * {@link SecurityConfiguration} so that the web slices, which have no engine, do not need it; ordered before all of
 * that class's chains (the page chain matches any request).
 */
@Configuration(proxyBeanMethods = false)
public class EngineRestSecurityConfiguration {

    public static final String ENGINE_REST = "/engine-rest";

    @Bean
    @Order(0)
    SecurityFilterChain engineRest(HttpSecurity http, CamundaIdentityAuthenticationProvider staff,
                                   IdentityService identityService) throws Exception {
        JsonAuthenticationEntryPoint refusals = new JsonAuthenticationEntryPoint("engine-rest");
        return http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher(ENGINE_REST + "/**"))
                // this provider alone, no parent: a wrong password is checked (and counted by the engine) once
                .authenticationManager(new ProviderManager(staff))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                // any member of staff: the engine's authorization checks decide what each one sees and may do, as they
                // do for the same API behind Tasklist and Cockpit (/camunda/api/engine)
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(refusals))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(refusals).accessDeniedHandler(refusals))
                .addFilterBefore(new CrossSiteRequestFilter(), BasicAuthenticationFilter.class)
                .addFilterAfter(new EngineAuthenticationFilter(identityService), AuthorizationFilter.class)
                .build();
    }
}
