package jp.cityplan.app.adapter.in.web.committee;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** What the applicant gets back. */
@Schema(name = "ApplicationReceipt", description = "応募の受付 / The receipt of an application")
public record ApplicationReceiptResponse(
        @Schema(example = "A2026-00001") String applicationNumber,
        @Schema(example = "R2026-001") String recruitmentId,
        LocalDate resultExpectedOn) {
}
