package jp.cityplan.domain.publicworks;

import java.time.LocalDate;
import jp.cityplan.domain.plan.InitiativeCode;
import jp.cityplan.domain.shared.FiscalYear;
import jp.cityplan.domain.shared.Require;

/**
 * The state of a register entry as stored: the project's facts and its last evaluation. {@code workStartedOn} is the
 * start of land purchase or construction (用地買収または工事の着手); {@code maintenanceCost} is per year.
 */
public record ProjectSnapshot(
        ProjectId id,
        String name,
        String owningDivision,
        ProjectKind kind,
        Funding funding,
        InitiativeCode initiative,
        FiscalYear adoptedIn,
        LocalDate workStartedOn,
        LocalDate completedOn,
        Yen totalCost,
        Yen maintenanceCost,
        String expectedBenefits,
        boolean circumstancesChanged,
        LastEvaluation lastEvaluation,
        long version) {

    public ProjectSnapshot {
        Require.present(id, "id");
        Require.text(name, "name");
        Require.text(owningDivision, "owningDivision");
        Require.present(kind, "kind");
        Require.present(funding, "funding");
        Require.present(initiative, "initiative");
        Require.present(adoptedIn, "adoptedIn");
        Require.present(totalCost, "totalCost");
        Require.present(maintenanceCost, "maintenanceCost");
        Require.text(expectedBenefits, "expectedBenefits");
    }
}
