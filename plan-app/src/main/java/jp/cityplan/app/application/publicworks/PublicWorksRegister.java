package jp.cityplan.app.application.publicworks;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import jp.cityplan.domain.plan.ComprehensivePlan;
import jp.cityplan.domain.plan.ComprehensivePlans;
import jp.cityplan.domain.plan.Initiative;
import jp.cityplan.domain.plan.InitiativeCode;
import jp.cityplan.domain.publicworks.EvaluationReference;
import jp.cityplan.domain.publicworks.EvaluationStage;
import jp.cityplan.domain.publicworks.FieldViolation;
import jp.cityplan.domain.publicworks.InvalidPublicWorksInputException;
import jp.cityplan.domain.publicworks.ProjectDraft;
import jp.cityplan.domain.publicworks.ProjectId;
import jp.cityplan.domain.publicworks.PublicWorksEvaluationCases;
import jp.cityplan.domain.publicworks.PublicWorksProject;
import jp.cityplan.domain.publicworks.PublicWorksProjects;
import jp.cityplan.domain.shared.FiscalYear;
import jp.cityplan.workflow.publicworks.PublicWorksEvaluationClient;
import jp.cityplan.workflow.publicworks.PublicWorksScan;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the planning division does with the register through the app's staff API: register a project (checked by the
 * domain, its initiative checked against the stored plans), open the ex-ante evaluation of a new project, and scan
 * the register now instead of waiting for the yearly timer. Each runs in one transaction: on any refusal nothing is
 * stored and no process is started.
 */
@Service
@RequiredArgsConstructor
@Transactional
public class PublicWorksRegister {

    private final PublicWorksProjects projects;
    private final ComprehensivePlans plans;
    private final PublicWorksEvaluationCases cases;
    private final PublicWorksEvaluationClient client;
    private final PublicWorksScan scan;
    private final Clock clock;

    public PublicWorksProject register(ProjectDraft draft) {
        PublicWorksProject project = PublicWorksProject.register(draft);
        if (!inAPlan(project.snapshot().initiative())) {
            throw new InvalidPublicWorksInputException("initiative", FieldViolation.Reason.UNKNOWN);
        }
        projects.add(project);
        return project;
    }

    @Transactional(readOnly = true)
    public List<PublicWorksProject> all() {
        return projects.all();
    }

    /** Opens the ex-ante evaluation (事前評価) of a registered project for the current fiscal year and starts it. */
    public EvaluationReference openExAnte(ProjectId project) {
        EvaluationReference reference = cases.open(project, EvaluationStage.EX_ANTE, currentFiscalYear(), "NEW_PROJECT");
        client.start(reference);
        return reference;
    }

    /** The yearly scan, now: starts the evaluations due in the current fiscal year, each project once a cycle. */
    public List<EvaluationReference> scanNow() {
        return scan.scan(currentFiscalYear());
    }

    public FiscalYear currentFiscalYear() {
        return FiscalYear.containing(LocalDate.now(clock));
    }

    private boolean inAPlan(InitiativeCode code) {
        return plans.summaries().stream()
                .map(summary -> plans.findById(summary.id()))
                .flatMap(java.util.Optional::stream)
                .map(ComprehensivePlan::initiatives)
                .anyMatch(initiatives -> initiatives.map(Initiative::code).anyMatch(code::equals));
    }
}
