package jp.cityplan.app.adapter.in.web.publicworks;

import java.time.LocalDate;
import jp.cityplan.domain.publicworks.ProjectSnapshot;

/** An entry of the register as staff see it. */
public record ProjectResponse(String id, String name, String owningDivision, String kind, String funding,
                              String initiative, int adoptedIn, LocalDate workStartedOn, LocalDate completedOn,
                              long totalCostYen, long maintenanceCostYen, String expectedBenefits,
                              boolean circumstancesChanged, String lastStage, Integer lastFiscalYear,
                              String lastDecision) {

    static ProjectResponse of(ProjectSnapshot s) {
        var last = s.lastEvaluation();
        return new ProjectResponse(s.id().value(), s.name(), s.owningDivision(), s.kind().name(), s.funding().name(),
                s.initiative().value(), s.adoptedIn().year(), s.workStartedOn(), s.completedOn(),
                s.totalCost().amount(), s.maintenanceCost().amount(), s.expectedBenefits(), s.circumstancesChanged(),
                last == null ? null : last.stage().name(), last == null ? null : last.cycle().year(),
                last == null ? null : last.decision().name());
    }
}
