package jp.cityplan.app.adapter.in.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import jp.cityplan.app.adapter.in.web.api.ApiProblemAdvice;
import jp.cityplan.app.adapter.in.web.api.PlanApiController;
import jp.cityplan.app.adapter.in.web.api.PlanApiMapperImpl;
import jp.cityplan.app.adapter.in.web.page.HomePageController;
import jp.cityplan.app.adapter.in.web.page.PlanPageController;
import jp.cityplan.app.adapter.in.web.page.PlanPageMapperImpl;
import jp.cityplan.app.config.security.SecurityConfiguration;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;

/**
 * The web slice of the plan's API and pages, and nothing else of the app: scanning is off, so other packages'
 * controllers, advice and configurers (and what they need) stay out; the Camunda webapp is not part of the slice.
 * A test class supplies the ports the controllers read: {@code @MockitoBean ComprehensivePlans} and
 * {@code @MockitoBean CitizenProposals} (unstubbed, it counts no proposals).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest(useDefaultFilters = false)
@Import({PlanApiController.class, ApiProblemAdvice.class, PlanApiMapperImpl.class,
        HomePageController.class, PlanPageController.class, PlanPageMapperImpl.class,
        LocaleConfig.class, OpenApiConfig.class, SecurityConfiguration.class})
public @interface PlanWebTest {
}
