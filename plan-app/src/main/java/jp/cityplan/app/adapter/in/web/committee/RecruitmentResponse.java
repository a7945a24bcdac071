package jp.cityplan.app.adapter.in.web.committee;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;

/** An open recruitment with its rules. */
@Schema(name = "Recruitment", description = "募集中の委員の公募 / An open call for committee members")
public record RecruitmentResponse(
        @Schema(example = "R2026-001") String id,
        @Schema(example = "comprehensive-plan-council") String committeeId,
        @Schema(example = "長期総合計画審議会") String committee,
        String legalBasis,
        int seats,
        Instant opensAt,
        Instant closesAt,
        String essayTheme,
        int essayLimit,
        @Schema(allowableValues = {"SCORE", "LOTTERY", "SCORE_THEN_LOTTERY"}) String selectionMethod,
        LocalDate termStartsOn,
        LocalDate termEndsOn,
        LocalDate resultExpectedOn) {
}
