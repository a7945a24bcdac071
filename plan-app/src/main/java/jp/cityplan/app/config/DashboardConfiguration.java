package jp.cityplan.app.config;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.LocalDate;
import jp.cityplan.app.application.dashboard.DashboardFigure;
import jp.cityplan.app.application.dashboard.DivisionNames;
import jp.cityplan.app.application.dashboard.EvaluationFigures;
import jp.cityplan.app.application.dashboard.IndicatorFigures;
import jp.cityplan.app.application.dashboard.ProposalFigures;
import jp.cityplan.app.application.dashboard.PublicWorksFigures;
import jp.cityplan.app.application.dashboard.RecruitmentFigures;
import jp.cityplan.domain.evaluation.AdministrativeEvaluations;
import jp.cityplan.domain.indicator.ObservationEntries;
import jp.cityplan.domain.plan.ComprehensivePlans;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The dashboard's figure sources, one bean each, shown in bean order (a new process adds one {@link DashboardFigure}
 * bean), and the domain gauges for operations under {@code /actuator/prometheus}.
 */
@Configuration
public class DashboardConfiguration {

    /** A division's name as the organisation file gives it to its Camunda group. */
    @Bean
    DivisionNames divisionNames(IdentityService identityService) {
        return groupId -> {
            Group group = identityService.createGroupQuery().groupId(groupId).singleResult();
            return group == null || group.getName() == null ? groupId : group.getName();
        };
    }

    @Bean
    @Order(10)
    ProposalFigures proposalFigures(JdbcTemplate jdbc, DivisionNames divisionNames) {
        return new ProposalFigures(jdbc, divisionNames);
    }

    @Bean
    @Order(20)
    DashboardFigure evaluationFigures(ComprehensivePlans plans, AdministrativeEvaluations evaluations) {
        return new EvaluationFigures(plans, evaluations);
    }

    @Bean
    @Order(30)
    DashboardFigure indicatorFigures(ComprehensivePlans plans, ObservationEntries entries) {
        return new IndicatorFigures(plans, entries);
    }

    @Bean
    @Order(40)
    DashboardFigure publicWorksFigures(JdbcTemplate jdbc) {
        return new PublicWorksFigures(jdbc);
    }

    @Bean
    @Order(50)
    DashboardFigure recruitmentFigures(JdbcTemplate jdbc) {
        return new RecruitmentFigures(jdbc);
    }

    /**
     * Gauges read at each scrape: open and overdue citizen proposals, evaluations waiting in the process. Counts of
     * cases only, never their content.
     */
    @Bean
    DomainGauges domainGauges(MeterRegistry registry, JdbcTemplate jdbc, Clock clock) {
        Gauge.builder("cityplan.proposals.open", () -> count(jdbc,
                        "select count(*) from proposal_case where state in ('RECEIVED', 'IN_PROGRESS')"))
                .description("Citizen proposals received and not yet answered").register(registry);
        Gauge.builder("cityplan.proposals.overdue", () -> count(jdbc, "select count(*) from proposal_case where state in"
                        + " ('RECEIVED', 'IN_PROGRESS') and answer_due_on < ?", LocalDate.now(clock)))
                .description("Open citizen proposals past their answer due date").register(registry);
        Gauge.builder("cityplan.evaluations.in.progress", () -> count(jdbc,
                        "select count(*) from evaluation_sheet where state <> 'CONFIRMED'"))
                .description("Administrative evaluations not yet confirmed").register(registry);
        return new DomainGauges();
    }

    private static double count(JdbcTemplate jdbc, String sql, Object... arguments) {
        Integer count = jdbc.queryForObject(sql, Integer.class, arguments);
        return count == null ? 0 : count;
    }

    /** Marks that the domain gauges are registered. */
    public static final class DomainGauges {
    }
}
