package jp.cityplan.app.adapter.in.web.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.cityplan.app.application.dashboard.DashboardFigure;
import jp.cityplan.app.application.dashboard.DashboardQuery;
import jp.cityplan.app.application.dashboard.DivisionNames;
import jp.cityplan.app.application.dashboard.ProposalFigures;
import jp.cityplan.domain.evaluation.AdministrativeEvaluation;
import jp.cityplan.domain.evaluation.AdministrativeEvaluations;
import jp.cityplan.domain.evaluation.Direction;
import jp.cityplan.domain.evaluation.EvaluationSheet;
import jp.cityplan.domain.plan.ComprehensivePlan;
import jp.cityplan.domain.plan.ComprehensivePlans;
import jp.cityplan.domain.plan.Initiative;
import jp.cityplan.domain.plan.PlanId;
import jp.cityplan.domain.shared.FiscalYear;
import jp.cityplan.domain.shared.JapaneseDates;
import jp.cityplan.workflow.evaluation.AdministrativeEvaluationProcess;
import jp.cityplan.workflow.proposal.CitizenProposalProcess;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The dashboard for administrators and division heads ({@code /staff/dashboard}): every figure of every
 * {@link DashboardFigure} source as an SVG chart with its numbers in a table, each bar linking to the cases behind it
 * ({@code /staff/dashboard/proposals}, {@code /staff/dashboard/evaluations}), and those to Cockpit.
 */
@Controller
@RequiredArgsConstructor
public class DashboardController {

    static final String COCKPIT_INSTANCE = "/camunda/app/cockpit/default/#/process-instance/";

    private final List<DashboardFigure> sources;
    private final ProposalFigures proposals;
    private final ComprehensivePlans plans;
    private final AdministrativeEvaluations evaluations;
    private final RuntimeService runtimeService;
    private final DivisionNames divisions;
    private final Clock clock;

    @GetMapping("/staff/dashboard")
    public String dashboard(@RequestParam(required = false) Integer fiscalYear, Model model) {
        LocalDate today = LocalDate.now(clock);
        DashboardQuery query = new DashboardQuery(today, Optional.ofNullable(fiscalYear).map(FiscalYear::of));
        List<ChartView> charts = sources.stream().flatMap(source -> source.compute(query).stream())
                .map(ChartView::of).toList();
        model.addAttribute("charts", charts);
        model.addAttribute("today", JapaneseDates.format(today));
        return "dashboard/dashboard";
    }

    /** A proposal behind a bar, with its running instance in Cockpit where there is one. */
    public record ProposalRow(ProposalFigures.ProposalCase proposal, String cockpit) {
    }

    @GetMapping("/staff/dashboard/proposals")
    public String proposals(@RequestParam String view, @RequestParam String division, Model model) {
        if (!List.of("open", "overdue", "answered").contains(view)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        List<ProposalRow> rows = proposals.cases(view, division, LocalDate.now(clock)).stream()
                .map(c -> new ProposalRow(c, cockpit(CitizenProposalProcess.PROCESS_ID, c.receiptNumber())))
                .toList();
        model.addAttribute("rows", rows);
        model.addAttribute("view", switch (view) {
            case "open" -> "対応中の提案";
            case "overdue" -> "回答期限を過ぎた提案";
            default -> "回答した提案";
        });
        model.addAttribute("division", "intake".equals(division) ? ProposalFigures.IN_INTAKE : divisions.nameOf(division));
        return "dashboard/proposals";
    }

    /** An initiative of the plan and its evaluation in the fiscal year, if any. */
    public record EvaluationRow(String initiative, String name, String state, String direction, String achievement,
                                String cockpit) {
    }

    @GetMapping("/staff/dashboard/evaluations")
    public String evaluations(@RequestParam String plan, @RequestParam int fiscalYear,
                              @RequestParam(required = false) Direction direction,
                              @RequestParam(required = false) String approach, Model model) {
        ComprehensivePlan comprehensivePlan = plans.findById(new PlanId(plan))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        FiscalYear year = FiscalYear.of(fiscalYear);
        List<AdministrativeEvaluation> ofYear = evaluations.ofPlan(comprehensivePlan.id(), year);
        List<EvaluationRow> rows = new ArrayList<>();
        for (Initiative initiative : comprehensivePlan.initiatives().toList()) {
            if (approach != null && !initiative.code().approach().value().equals(approach)) {
                continue;
            }
            Optional<AdministrativeEvaluation> evaluation = ofYear.stream()
                    .filter(e -> e.initiative().equals(initiative.code())).findFirst();
            Optional<EvaluationSheet> confirmed = evaluation.filter(AdministrativeEvaluation::isConfirmed)
                    .flatMap(AdministrativeEvaluation::sheet);
            if (direction != null && confirmed.map(EvaluationSheet::direction).filter(direction::equals).isEmpty()) {
                continue;
            }
            rows.add(new EvaluationRow(initiative.code().value(), initiative.name(),
                    evaluation.map(e -> e.state().japaneseName()).orElse("未着手"),
                    confirmed.map(s -> s.direction().japaneseName()).orElse("—"),
                    confirmed.flatMap(EvaluationSheet::meanAchievementRate).map(r -> r.toPlainString() + "%").orElse("—"),
                    evaluation.map(e -> cockpit(AdministrativeEvaluationProcess.PROCESS_ID, e.id().value())).orElse(null)));
        }
        model.addAttribute("rows", rows);
        model.addAttribute("year", year.japaneseName());
        model.addAttribute("filter", direction != null ? "今後の方向性: " + direction.japaneseName()
                : approach != null ? "手法 " + approach : "すべての主な取組事項");
        return "dashboard/evaluations";
    }

    private String cockpit(String processKey, String businessKey) {
        ProcessInstance running = runtimeService.createProcessInstanceQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKey(businessKey).listPage(0, 1).stream().findFirst().orElse(null);
        return running == null ? null : COCKPIT_INSTANCE + running.getId() + "/runtime";
    }
}
