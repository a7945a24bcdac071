package jp.cityplan.workflow.publicworks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.cityplan.domain.publicworks.DuplicateEvaluationException;
import jp.cityplan.domain.publicworks.EvaluationReference;
import jp.cityplan.domain.publicworks.PublicWorksEvaluationCases;
import jp.cityplan.domain.publicworks.PublicWorksEvaluations;
import jp.cityplan.domain.publicworks.PublicWorksProject;
import jp.cityplan.domain.publicworks.PublicWorksProjects;
import jp.cityplan.domain.shared.FiscalYear;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The yearly scan of the register (and the staff's "check now"): for every project without an open evaluation the
 * configured trigger table says whether an evaluation is due in the fiscal year; each due one is opened (cycle = the
 * fiscal year) and its process started. A project is never opened twice for the same stage and cycle: the store
 * refuses it, and the scan skips it.
 */
@Component
public class PublicWorksScan {

    private static final Logger LOG = LoggerFactory.getLogger(PublicWorksScan.class);

    private final PublicWorksProjects projects;
    private final PublicWorksEvaluations evaluations;
    private final PublicWorksEvaluationCases cases;
    private final TriggerDecision triggers;
    private final PublicWorksEvaluationClient client;
    private final PublicWorksSettings settings;

    public PublicWorksScan(PublicWorksProjects projects, PublicWorksEvaluations evaluations,
                           PublicWorksEvaluationCases cases, TriggerDecision triggers,
                           PublicWorksEvaluationClient client, PublicWorksSettings settings) {
        this.projects = projects;
        this.evaluations = evaluations;
        this.cases = cases;
        this.triggers = triggers;
        this.client = client;
        this.settings = settings;
    }

    /** Opens and starts the evaluations due in the fiscal year; returns their references. */
    public List<EvaluationReference> scan(FiscalYear fiscalYear) {
        List<EvaluationReference> started = new ArrayList<>();
        for (PublicWorksProject project : projects.all()) {
            if (evaluations.hasOpen(project.id())) {
                continue;
            }
            Optional<DueEvaluation> due = triggers.evaluate(settings.reEvaluationRule(), project.factsIn(fiscalYear));
            if (due.isEmpty()) {
                continue;
            }
            EvaluationReference reference = EvaluationReference.of(project.id(), due.get().stage(), fiscalYear);
            if (evaluations.find(reference).isPresent()) {
                continue;
            }
            try {
                cases.open(project.id(), due.get().stage(), fiscalYear, due.get().trigger());
            } catch (DuplicateEvaluationException alreadyOpened) {
                continue;
            }
            client.start(reference);
            started.add(reference);
        }
        LOG.info("public works register scanned for {} ({} rule): {} evaluations started", fiscalYear,
                settings.reEvaluationRule(), started.size());
        return started;
    }
}
