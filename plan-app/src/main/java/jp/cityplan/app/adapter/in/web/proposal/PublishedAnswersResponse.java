package jp.cityplan.app.adapter.in.web.proposal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/** A page of published answers: no receipt secret, no contact data, texts with personal data masked. */
@Schema(name = "PublishedAnswers", description = "公表した提案と回答（新しい順） / Published proposals and answers, newest first")
public record PublishedAnswersResponse(
        @Schema(description = "ページ番号（0から） / Page number, from 0", example = "0")
        int page,
        @Schema(description = "1ページの件数 / Page size", example = "20")
        int size,
        @Schema(description = "次のページがある / A next page exists")
        boolean hasNext,
        List<Item> items) {

    /** One published proposal and its answer. */
    @Schema(name = "PublishedAnswer")
    public record Item(
            @Schema(description = "件名（個人情報を伏せたもの） / Subject, personal data masked")
            String subject,
            @Schema(description = "提案の本文（個人情報を伏せたもの） / Proposal text, personal data masked")
            String text,
            @Schema(description = "分類 / Category")
            CategoryResponse category,
            @Schema(description = "地区名 / Area", nullable = true)
            String area,
            @Schema(description = "公表名: 姓、または「匿名希望」 / Public name: the surname, or 「匿名希望」 (anonymous)",
                    example = "匿名希望")
            String publicName,
            @Schema(description = "回答 / Answer")
            String answer,
            @Schema(description = "回答日 / Answered on", example = "2026-05-20")
            LocalDate answeredOn,
            @Schema(description = "公表日 / Published on", example = "2026-06-01")
            LocalDate publishedOn) {
    }

    /** A category: the configured code and its label in the reader's language. */
    @Schema(name = "ProposalCategory")
    public record CategoryResponse(
            @Schema(description = "分類のコード / Category code", example = "community")
            String code,
            @Schema(description = "分類の名称（既定は日本語、?lang=en で英語） / Category label (Japanese unless ?lang=en)",
                    example = "市民協働・地域づくり")
            String label) {
    }
}
