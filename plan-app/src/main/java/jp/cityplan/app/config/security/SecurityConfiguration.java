package jp.cityplan.app.config.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Who may reach what. Citizens reach the public pages and the public API without an account; staff sign in with their
 * Camunda user for the staff pages and staff API; the Camunda webapps keep their own login and CSRF protection.
 */
@Configuration
@EnableWebSecurity
public class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'self'; form-action 'self'; "
            + "base-uri 'self'; object-src 'none'";

    static final String ADMINISTRATORS = CamundaIdentityAuthenticationProvider.GROUP_PREFIX + "camunda-admin";
    static final String PLANNING_DIVISION = CamundaIdentityAuthenticationProvider.GROUP_PREFIX + "div-policy-promotion";

    /** The Camunda webapps authenticate and protect against CSRF themselves. */
    @Bean
    @Order(1)
    SecurityFilterChain camundaWebapps(HttpSecurity http) throws Exception {
        // a path matcher, not an MVC one: the webapps are served by their own servlets and filters
        return http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/camunda/**"))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
                .build();
    }

    /** The JSON API: public reads and submissions; staff calls with HTTP Basic; no session, so no CSRF cookie. */
    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        return http.securityMatcher("/api/**")
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, "/api/plans", "/api/plans/**").permitAll()
                        .requestMatchers("/api/proposals", "/api/proposals/**").permitAll()
                        .requestMatchers("/api/staff/cases/**").hasAuthority(ADMINISTRATORS)
                        .requestMatchers(HttpMethod.GET, "/api/public-works/evaluations").permitAll()
                        // the public works register and "check now": the planning division and administrators
                        .requestMatchers("/api/staff/public-works/**").hasAnyAuthority(PLANNING_DIVISION, ADMINISTRATORS)
                        // the planning division starts the year's evaluations (administrative evaluation)
                        .requestMatchers(HttpMethod.POST, "/api/staff/plans/*/evaluations")
                        .hasAnyAuthority(PLANNING_DIVISION, ADMINISTRATORS)
                        .requestMatchers(HttpMethod.GET, "/api/recruitments", "/api/recruitments/*/lottery").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/recruitments/*/applications").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .build();
    }

    /** Pages: public ones for citizens (forms carry a CSRF token), staff pages behind a login. */
    @Bean
    @Order(3)
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(auth -> auth
                        // the letter page shows a citizen's name and address: the public hearing staff post it
                        .requestMatchers("/staff/proposals/**").hasAnyAuthority(
                                CamundaIdentityAuthenticationProvider.GROUP_PREFIX + "public-hearing",
                                ADMINISTRATORS)
                        // the audit trail of any case: administrators only
                        .requestMatchers("/staff/cases/**").hasAuthority(ADMINISTRATORS)
                        // the dashboard: administrators and division heads
                        .requestMatchers("/staff/dashboard", "/staff/dashboard/**").access(new DashboardAccess())
                        .requestMatchers("/staff/**").authenticated()
                        .anyRequest().permitAll())
                .formLogin(form -> form.permitAll())
                .httpBasic(basic -> { })
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.sameOrigin()))
                .build();
    }
}
