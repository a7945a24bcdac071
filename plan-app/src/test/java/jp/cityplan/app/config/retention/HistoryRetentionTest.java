package jp.cityplan.app.config.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import jp.cityplan.app.application.proposal.ProposalIntake;
import jp.cityplan.app.application.proposal.SubmissionOutcome;
import jp.cityplan.domain.proposal.Channel;
import jp.cityplan.domain.proposal.ProposalDraft;
import jp.cityplan.domain.proposal.PublicationConsent;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The city's retention (plan.retention) against the engine's history cleanup, with the whole app on in-memory H2 and
 * a retention of 30 days for proposals: a case that ended 20 days ago stays, one that ended 40 days ago goes.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:retention-${random.uuid};DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false",
        "plan.retention.days.citizen-proposal=30",
        "plan.retention.days.proposal-triage=45"})
class HistoryRetentionTest {

    private static final Instant NOW = Instant.now();

    @Autowired
    ProposalIntake intake;

    @Autowired
    HistoryService historyService;

    @Autowired
    ManagementService managementService;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    RetentionPlugin retentionPlugin;

    @Autowired
    ProcessEngine processEngine;

    @AfterEach
    void realTime() {
        ClockUtil.reset();
    }

    @Test
    void the_definitions_keep_history_for_the_days_the_city_set_not_the_days_in_the_model() {
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("citizen-proposal").list())
                .isNotEmpty().allSatisfy(definition -> assertThat(definition.getHistoryTimeToLive()).isEqualTo(30));
        assertThat(repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey("proposal-triage").list())
                .isNotEmpty().allSatisfy(definition -> assertThat(definition.getHistoryTimeToLive()).isEqualTo(45));
        assertThat(repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey("proposal-routing").list())
                .as("not named: the default").isNotEmpty()
                .allSatisfy(definition -> assertThat(definition.getHistoryTimeToLive()).isEqualTo(1825));
    }

    @Test
    void a_changed_retention_reaches_the_versions_deployed_before_at_the_next_start() {
        String process = repositoryService.createProcessDefinitionQuery().processDefinitionKey("citizen-proposal")
                .latestVersion().singleResult().getId();
        String decision = repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey("proposal-triage")
                .latestVersion().singleResult().getId();
        // as deployed while the setting was still 10 years
        repositoryService.updateProcessDefinitionHistoryTimeToLive(process, 3650);
        repositoryService.updateDecisionDefinitionHistoryTimeToLive(decision, 3650);

        retentionPlugin.postProcessEngineBuild(processEngine);

        assertThat(repositoryService.getProcessDefinition(process).getHistoryTimeToLive()).isEqualTo(30);
        assertThat(repositoryService.getDecisionDefinition(decision).getHistoryTimeToLive()).isEqualTo(45);
    }

    @Test
    void history_cleanup_keeps_a_case_younger_than_its_retention_and_removes_an_older_one() {
        String older = withdrawnAt(NOW.minus(40, ChronoUnit.DAYS));
        String younger = withdrawnAt(NOW.minus(20, ChronoUnit.DAYS));
        String justInside = withdrawnAt(NOW.minus(29, ChronoUnit.DAYS));
        assertThat(historicCases(older, younger, justInside)).hasSize(3);

        ClockUtil.setCurrentTime(Date.from(NOW));
        Job cleanup = historyService.cleanUpHistoryAsync(true);
        managementService.executeJob(cleanup.getId());

        assertThat(historicCases(older, younger, justInside)).containsExactlyInAnyOrder(younger, justInside);
    }

    private String withdrawnAt(Instant endedAt) {
        ClockUtil.setCurrentTime(Date.from(endedAt));
        SubmissionOutcome outcome = intake.submit(new ProposalDraft(Channel.WEB_FORM, null, "公園のベンチ",
                "ベンチを増やしてください。", "community", List.of(), null, null, null, null, null, null, false,
                PublicationConsent.NONE), Optional.empty());
        intake.withdraw(outcome.receiptNumber().value(), outcome.secret().orElseThrow().display());
        ClockUtil.reset();
        return outcome.receiptNumber().value();
    }

    private List<String> historicCases(String... receiptNumbers) {
        return historyService.createHistoricProcessInstanceQuery().processDefinitionKey("citizen-proposal")
                .processInstanceBusinessKeyIn(receiptNumbers).finished().list().stream()
                .map(instance -> instance.getBusinessKey()).toList();
    }
}
