package jp.cityplan.app.config;

import java.util.List;
import java.util.Locale;
import jp.cityplan.app.application.opendata.EvaluationResultsDataset;
import jp.cityplan.app.application.opendata.IndicatorValuesDataset;
import jp.cityplan.app.application.opendata.OpenDataCatalogue;
import jp.cityplan.app.application.opendata.OpenDataDates;
import jp.cityplan.app.application.opendata.OpenDataset;
import jp.cityplan.app.application.opendata.PlanApproachesDataset;
import jp.cityplan.app.application.opendata.PlanInitiativesDataset;
import jp.cityplan.app.application.opendata.PlanMeasuresDataset;
import jp.cityplan.app.application.opendata.PublishedAnswersDataset;
import jp.cityplan.app.application.opendata.PublicWorksEvaluationsDataset;
import jp.cityplan.app.application.opendata.RecruitmentOutcomesDataset;
import jp.cityplan.domain.evaluation.AdministrativeEvaluations;
import jp.cityplan.domain.indicator.ObservationEntries;
import jp.cityplan.domain.plan.ComprehensivePlans;
import jp.cityplan.domain.proposal.CitizenProposals;
import jp.cityplan.domain.publicworks.PublicWorksEvaluations;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The open datasets, one bean each, listed in the catalogue in bean order. A new source (public works results,
 * recruitment outcomes) adds one {@link OpenDataset} bean here or in its own configuration.
 */
@Configuration
public class OpenDataConfiguration {

    @Bean
    OpenDataDates openDataDates(JdbcTemplate jdbc) {
        return new OpenDataDates(jdbc);
    }

    @Bean
    @Order(10)
    OpenDataset planMeasuresDataset(ComprehensivePlans plans, OpenDataDates dates) {
        return new PlanMeasuresDataset(plans, dates);
    }

    @Bean
    @Order(20)
    OpenDataset planApproachesDataset(ComprehensivePlans plans, OpenDataDates dates) {
        return new PlanApproachesDataset(plans, dates);
    }

    @Bean
    @Order(30)
    OpenDataset planInitiativesDataset(ComprehensivePlans plans, OpenDataDates dates) {
        return new PlanInitiativesDataset(plans, dates);
    }

    @Bean
    @Order(40)
    OpenDataset indicatorValuesDataset(ComprehensivePlans plans, ObservationEntries entries, OpenDataDates dates) {
        return new IndicatorValuesDataset(plans, entries, dates);
    }

    @Bean
    @Order(50)
    OpenDataset evaluationResultsDataset(ComprehensivePlans plans, AdministrativeEvaluations evaluations,
                                         OpenDataDates dates) {
        return new EvaluationResultsDataset(plans, evaluations, dates);
    }

    /** The deployment's municipality is that of its (first) plan. */
    @Bean
    @Order(60)
    OpenDataset publishedAnswersDataset(CitizenProposals proposals, ProposalProperties properties,
                                        ComprehensivePlans plans, OpenDataDates dates) {
        return new PublishedAnswersDataset(proposals,
                code -> properties.categories().stream().filter(c -> c.code().equals(code)).findFirst()
                        .map(ProposalProperties.Category::ja).orElse(code),
                () -> plans.summaries().stream().findFirst().map(s -> s.municipality().code().value()),
                dates);
    }

    /** The published public works evaluations, with the Japanese words of {@code messages.properties}. */
    @Bean
    @Order(70)
    OpenDataset publicWorksEvaluationsDataset(PublicWorksEvaluations evaluations, MessageSource messages,
                                              ComprehensivePlans plans, OpenDataDates dates) {
        return new PublicWorksEvaluationsDataset(evaluations,
                key -> messages.getMessage(key, null, key, Locale.JAPANESE),
                () -> plans.summaries().stream().findFirst().map(s -> s.municipality().code().value()),
                dates);
    }

    /** The final outcomes of committee recruitments: counts and application numbers, never an applicant. */
    @Bean
    @Order(80)
    OpenDataset recruitmentOutcomesDataset(JdbcTemplate jdbc, ComprehensivePlans plans) {
        return new RecruitmentOutcomesDataset(jdbc,
                () -> plans.summaries().stream().findFirst().map(s -> s.municipality().code().value()));
    }

    @Bean
    OpenDataCatalogue openDataCatalogue(List<OpenDataset> datasets) {
        return new OpenDataCatalogue(datasets);
    }
}
