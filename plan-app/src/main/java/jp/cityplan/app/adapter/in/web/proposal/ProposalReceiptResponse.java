package jp.cityplan.app.adapter.in.web.proposal;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** What a submission answers. The secret is shown this once; a replay answers {@code secret: null}. */
@Schema(name = "ProposalReceipt", description = "受付の結果 / The receipt of a submission")
public record ProposalReceiptResponse(
        @Schema(description = "受付番号 / Receipt number", example = "P2026-00042")
        String receiptNumber,
        @Schema(description = "照会用パスワード。この応答でのみ表示（再送信の応答では null） / Access secret, shown in this "
                + "response only (null when the request was a replay)", example = "ABCD-EFGH-JKMN-PQRS-TUVW", nullable = true)
        @JsonInclude(JsonInclude.Include.ALWAYS)
        String secret,
        @Schema(description = "回答予定日（ISO 8601） / Expected answer date (ISO 8601)", example = "2026-05-22")
        LocalDate answerDueOn,
        @Schema(description = "回答予定日（和暦） / Expected answer date in the Japanese era", example = "令和8年5月22日")
        String answerDueOnJapanese,
        @Schema(description = "状況を確認する API（ヘッダー X-Proposal-Secret が必要） / Where to read the status (needs the "
                + "X-Proposal-Secret header)", example = "/api/proposals/P2026-00042")
        String statusUrl,
        @Schema(description = "同じ Idempotency-Key による再送信で、既存の受付を返した / A replay: the existing receipt was returned")
        boolean replayed) {

    @Override
    public String toString() {
        return "ProposalReceiptResponse[" + receiptNumber + "]";
    }
}
