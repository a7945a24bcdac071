package jp.cityplan.app.adapter.in.web.proposal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** Where a citizen's proposal stands, as the citizen (holding the secret) may see it. */
@Schema(name = "ProposalStatus", description = "提案の状況 / Where a proposal stands")
public record ProposalStatusResponse(
        @Schema(description = "受付番号 / Receipt number", example = "P2026-00042")
        String receiptNumber,
        @Schema(description = "状況 / State")
        StateResponse state,
        @Schema(description = "受付日 / Received on", example = "2026-05-01")
        LocalDate receivedOn,
        @Schema(description = "回答予定日 / Expected answer date", example = "2026-05-22")
        LocalDate answerDueOn,
        @Schema(description = "回答予定日（和暦） / Expected answer date in the Japanese era", example = "令和8年5月22日")
        String answerDueOnJapanese,
        @Schema(description = "件名 / Subject")
        String subject,
        @Schema(description = "取り下げできる（回答の送付前） / May still be withdrawn (before the answer is sent)")
        boolean withdrawable,
        @Schema(description = "回答（回答済みのときだけ） / The answer, once sent", nullable = true)
        AnswerResponse answer) {

    /** A state: its code and its name in the reader's language. */
    @Schema(name = "ProposalState")
    public record StateResponse(
            @Schema(description = "状態コード / State code", example = "IN_PROGRESS",
                    allowableValues = {"RECEIVED", "IN_PROGRESS", "ANSWERED", "INPUT_ONLY", "REJECTED", "MERGED", "WITHDRAWN"})
            String code,
            @Schema(description = "状態の名称 / State label", example = "回答を準備中")
            String label) {
    }

    /** The answer as sent. */
    @Schema(name = "ProposalAnswer")
    public record AnswerResponse(
            @Schema(description = "回答本文 / Answer text")
            String text,
            @Schema(description = "送付日 / Sent on", example = "2026-05-20")
            LocalDate sentOn) {
    }
}
