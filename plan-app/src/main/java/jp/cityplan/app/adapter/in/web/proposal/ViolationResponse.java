package jp.cityplan.app.adapter.in.web.proposal;

import io.swagger.v3.oas.annotations.media.Schema;

/** One refused field of a request, in a problem's {@code violations}. */
@Schema(name = "Violation", description = "受け付けられない項目 / A field that cannot be accepted")
public record ViolationResponse(
        @Schema(description = "項目名 / Field", example = "subject")
        String field,
        @Schema(description = "理由コード / Reason code", example = "REQUIRED",
                allowableValues = {"REQUIRED", "TOO_LONG", "MALFORMED", "CONTROL_CHARACTERS", "UNKNOWN", "TOO_MANY",
                        "UNKNOWN_FIELD", "TOO_SMALL", "TOO_LARGE"})
        String reason,
        @Schema(description = "説明（既定は日本語、?lang=en で英語） / Message (Japanese unless ?lang=en)",
                example = "件名を入力してください。")
        String message) {
}
