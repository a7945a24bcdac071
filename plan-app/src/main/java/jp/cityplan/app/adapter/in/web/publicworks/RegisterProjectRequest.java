package jp.cityplan.app.adapter.in.web.publicworks;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import jp.cityplan.domain.publicworks.Funding;
import jp.cityplan.domain.publicworks.ProjectDraft;
import jp.cityplan.domain.publicworks.ProjectKind;

/** A new entry of the register, as staff send it; the domain checks every field. */
@Schema(name = "RegisterProject")
public record RegisterProjectRequest(
        @Schema(example = "PW-0010") String id,
        @Schema(example = "市道油井線道路改良事業") String name,
        @Schema(example = "div-civil-engineering") String owningDivision,
        ProjectKind kind,
        Funding funding,
        @Schema(description = "計画の主な取組事項のコード / The plan's initiative code", example = "4-1.1") String initiative,
        @Schema(description = "採択年度（西暦） / Adoption fiscal year", example = "2025") Integer adoptedIn,
        LocalDate workStartedOn,
        LocalDate completedOn,
        Long totalCostYen,
        @Schema(description = "年間の維持管理費（円） / Maintenance per year") Long maintenanceCostYen,
        String expectedBenefits) {

    ProjectDraft draft() {
        return new ProjectDraft(id, name, owningDivision, kind, funding, initiative, adoptedIn, workStartedOn,
                completedOn, totalCostYen, maintenanceCostYen, expectedBenefits);
    }
}
