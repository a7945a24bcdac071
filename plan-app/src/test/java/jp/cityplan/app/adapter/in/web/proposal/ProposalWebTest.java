package jp.cityplan.app.adapter.in.web.proposal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import jp.cityplan.app.adapter.in.web.LocaleConfig;
import jp.cityplan.app.config.ProposalProperties;
import jp.cityplan.app.config.security.SecurityConfiguration;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The web slice of the proposal API and pages with the app's security and locale handling, and nothing else:
 * scanning is off; the application services are mocked by each test ({@code @MockitoBean}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest(useDefaultFilters = false)
@Import({ProposalApiController.class, ProposalProblemAdvice.class, StrictProposalJson.class, ProposalWebMapperImpl.class,
        ProposalTexts.class, ProposalCategories.class, ProposalFormPageController.class,
        ProposalStatusPageController.class, PublishedProposalsPageController.class,
        LocaleConfig.class, SecurityConfiguration.class, ProposalWebTest.Settings.class})
@interface ProposalWebTest {

    /** The city's categories, as {@code proposal.categories} would set them. */
    @TestConfiguration(proxyBeanMethods = false)
    class Settings {

        @Bean
        ProposalProperties proposalProperties() {
            return new ProposalProperties(null, null, null, null, null, List.of(
                    new ProposalProperties.Category("administration", "市政・行政運営", "City administration"),
                    new ProposalProperties.Category("community", "市民協働・地域づくり", "Community and citizen partnership"),
                    new ProposalProperties.Category("other", "その他", "Other")),
                    null, null, null, null, null);
        }
    }
}
