package jp.cityplan.domain.publicworks;

import java.time.LocalDate;

/** A register entry as staff typed it in, not yet checked; {@link PublicWorksProject#register} checks it. */
public record ProjectDraft(
        String id,
        String name,
        String owningDivision,
        ProjectKind kind,
        Funding funding,
        String initiative,
        Integer adoptedIn,
        LocalDate workStartedOn,
        LocalDate completedOn,
        Long totalCostYen,
        Long maintenanceCostYen,
        String expectedBenefits) {
}
