package jp.cityplan.app.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.cityplan.app.application.publicworks.PublicWorksRegister;
import jp.cityplan.domain.publicworks.EvaluationDecision;
import jp.cityplan.domain.publicworks.EvaluationReference;
import jp.cityplan.domain.publicworks.EvaluationStage;
import jp.cityplan.domain.publicworks.Funding;
import jp.cityplan.domain.publicworks.LastEvaluation;
import jp.cityplan.domain.publicworks.ProjectDraft;
import jp.cityplan.domain.publicworks.ProjectId;
import jp.cityplan.domain.publicworks.ProjectKind;
import jp.cityplan.domain.publicworks.PublicWorksProject;
import jp.cityplan.domain.publicworks.PublicWorksProjects;
import jp.cityplan.domain.shared.FiscalYear;
import jp.cityplan.workflow.publicworks.PublicWorksEvaluationProcess;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * For the demo only ({@code demo.public-works.enabled}): on the first start, a demo register (names marked 【デモ】)
 * with one project in each trigger case relative to the current fiscal year (unstarted, running, since the last
 * re-evaluation, a change of circumstances, completed: ex-post due), the scan that starts their evaluations, and one
 * ex-ante evaluation taken to publication by the demo staff and committee, so that the public page and Cockpit's
 * history show something. Runs once: nothing is added where the register has any project.
 */
@Slf4j
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 9)
@ConditionalOnProperty(name = "demo.public-works.enabled", havingValue = "true")
@RequiredArgsConstructor
public class DemoPublicWorks implements ApplicationRunner {

    static final String DEMO = "【デモ】";
    private static final List<String> COMMITTEE = List.of("iin-kobayashi", "iin-tanaka", "iin-yamamoto");

    private final PublicWorksRegister register;
    private final PublicWorksProjects projects;
    private final TaskService taskService;
    private final ManagementService managementService;
    private final org.camunda.bpm.engine.RuntimeService runtimeService;
    private final IdentityService identityService;
    private final TransactionTemplate transactions;
    private final Clock clock;

    @Override
    public void run(ApplicationArguments args) {
        if (!projects.all().isEmpty()) {
            return;
        }
        int fy = register.currentFiscalYear().year();
        project("PW-9001", "市道油井線道路改良事業", ProjectKind.ROAD, Funding.DIRECT, fy - 5, null, null);
        project("PW-9002", "二本松駅東口土地区画整理事業", ProjectKind.LAND_READJUSTMENT, Funding.SUBSIDISED, fy - 10,
                LocalDate.of(fy - 9, 7, 1), null);
        project("PW-9003", "安達ヶ原公園再整備事業", ProjectKind.PARK, Funding.DIRECT, fy - 12,
                LocalDate.of(fy - 11, 6, 1), null);
        transactions.executeWithoutResult(status -> {
            PublicWorksProject reEvaluated = projects.find(new ProjectId("PW-9003")).orElseThrow();
            reEvaluated.recordEvaluation(new LastEvaluation(EvaluationStage.RE_EVALUATION, FiscalYear.of(fy - 5),
                    EvaluationDecision.CONTINUE));
            projects.update(reEvaluated);
        });
        project("PW-9004", "阿武隈川流域排水路整備事業", ProjectKind.RIVER, Funding.SUBSIDISED, fy - 2, null, null);
        transactions.executeWithoutResult(status -> {
            PublicWorksProject changed = projects.find(new ProjectId("PW-9004")).orElseThrow();
            changed.reportChangeOfCircumstances();
            projects.update(changed);
        });
        project("PW-9005", "岳温泉地区下水道整備事業", ProjectKind.SEWERAGE, Funding.SUBSIDISED, fy - 8,
                LocalDate.of(fy - 7, 5, 1), LocalDate.of(fy - 1, 3, 15));
        project("PW-9006", "東和地区コミュニティ道路新設事業", ProjectKind.ROAD, Funding.DIRECT, fy, null, null);

        List<EvaluationReference> started = register.scanNow();
        started.forEach(reference -> runJobs(reference.value()));
        EvaluationReference exAnte = register.openExAnte(new ProjectId("PW-9006"));
        finish(exAnte);
        log.info("Demo public works register created: {} evaluations started by the scan, {} published", started.size(),
                exAnte);
    }

    private void project(String id, String name, ProjectKind kind, Funding funding, int adoptedIn, LocalDate started,
                         LocalDate completed) {
        register.register(new ProjectDraft(id, name + DEMO, "div-civil-engineering", kind, funding, "4-1.1",
                adoptedIn, started, completed, 480_000_000L, 2_500_000L, DEMO + "安全で快適な移動と暮らしの確保"));
    }

    private void finish(EvaluationReference reference) {
        String key = reference.value();
        runJobs(key);
        complete(key, PublicWorksEvaluationProcess.Elements.FILL_IN_SHEET, "doboku", null, Map.ofEntries(
                Map.entry("changeOfCircumstances", "新たな住宅団地の造成で通学・通勤の交通が増える見込み"),
                Map.entry("necessityScore", 4), Map.entry("necessity", "狭あいな生活道路で歩行者の安全が確保されていない"),
                Map.entry("effectivenessScore", 4), Map.entry("effectiveness", "歩行者と車両の分離で事故の減少が見込まれる"),
                Map.entry("progressScore", 3), Map.entry("progressAndOutlook", "地元の合意形成は済み。令和9年度の完成を予定"),
                Map.entry("costReductionOrAlternatives", "既存水路の蓋掛けで用地買収を約2割縮減する"),
                Map.entry("effectSafety", true), Map.entry("effectAccessibility", true),
                Map.entry("userBenefitsYen", 820_000_000L), Map.entry("otherBenefitsYen", 40_000_000L),
                Map.entry("constructionCostYen", 480_000_000L), Map.entry("maintenanceCostYen", 60_000_000L)));
        complete(key, PublicWorksEvaluationProcess.Elements.DRAFT_POLICY, "seisaku", null, Map.of(
                "policyDecision", "START", "policyReasons", "B/C 1.59 で基準を上回り、安全上の必要性が高い",
                "committeeMeetingDate", LocalDate.now(clock).plusDays(30).toString()));
        for (String member : COMMITTEE) {
            complete(key, PublicWorksEvaluationProcess.Elements.GIVE_OPINION, member, member, Map.of(
                    "memberDecision", "START", "memberOpinion", "事業着手は妥当。歩道幅員の確保に留意すること",
                    "siteVisitRequested", false));
        }
        complete(key, PublicWorksEvaluationProcess.Elements.CONSOLIDATE_OPINION, COMMITTEE.get(0), COMMITTEE.get(0),
                Map.of("opinionDecision", "START", "opinionText", "市の対応方針案（事業着手）は妥当である。"
                        + "施工にあたっては歩行者の安全確保とコスト縮減に努められたい。"));
        complete(key, PublicWorksEvaluationProcess.Elements.DECIDE, "fukushicho", null, Map.of("decision", "START"));
    }

    private void complete(String businessKey, String taskKey, String user, String assignee, Map<String, Object> variables) {
        TaskQuery query = taskService.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey);
        Task task = (assignee == null ? query : query.taskAssignee(assignee)).singleResult();
        if (task == null) {
            throw new IllegalStateException("demo: no task " + taskKey + " of " + businessKey);
        }
        List<String> groups = identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
        identityService.setAuthentication(user, groups);
        try {
            if (task.getAssignee() == null) {
                taskService.claim(task.getId(), user);
            }
            taskService.complete(task.getId(), variables);
        } finally {
            identityService.clearAuthentication();
        }
        runJobs(businessKey);
    }

    /** Runs the evaluation's jobs due now that are no timers (async continuations), as the job executor would. */
    private void runJobs(String businessKey) {
        for (var instance : runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).list()) {
            for (Job job : managementService.createJobQuery().processInstanceId(instance.getId()).executable()
                    .messages().list()) {
                managementService.executeJob(job.getId());
            }
        }
    }
}
