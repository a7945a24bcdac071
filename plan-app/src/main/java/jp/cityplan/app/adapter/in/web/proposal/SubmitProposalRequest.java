package jp.cityplan.app.adapter.in.web.proposal;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import jp.cityplan.domain.proposal.PublicationConsent;

/**
 * A proposal sent to {@code POST /api/proposals}; the channel is always the web form. Every field is checked by the
 * domain; a field not listed here is refused (400), so a typo never drops data silently.
 */
@Schema(name = "SubmitProposalRequest", description = "提案の内容と、任意の連絡先 / A proposal and, optionally, how to reach its author")
public record SubmitProposalRequest(
        @Schema(description = "件名（必須、100文字以内） / Subject (required, up to 100 characters)",
                example = "駅前の駐輪場について", maxLength = 100, requiredMode = Schema.RequiredMode.REQUIRED)
        String subject,
        @Schema(description = "提案・意見の本文（必須、4000文字以内） / Text of the proposal (required, up to 4000 characters)",
                example = "駅前の駐輪場が朝は満車です。台数を増やしてください。", maxLength = 4000,
                requiredMode = Schema.RequiredMode.REQUIRED)
        String text,
        @Schema(description = "分類のコード（必須、市が設定した分類のいずれか: proposal.categories） / Category code "
                + "(required, one of the city's configured categories: proposal.categories)",
                example = "community", maxLength = 40, requiredMode = Schema.RequiredMode.REQUIRED)
        String category,
        @ArraySchema(arraySchema = @Schema(description = "関係する計画の取組の番号（任意、10件まで） / Codes of the plan's initiatives "
                + "the proposal concerns (optional, up to 10)"), maxItems = 10,
                schema = @Schema(example = "3-1.2"))
        List<String> initiatives,
        @Schema(description = "姓（任意、30文字以内、個人情報） / Family name (optional, up to 30, personal data)",
                example = "二本松", maxLength = 30)
        String familyName,
        @Schema(description = "名（任意、30文字以内、個人情報） / Given name (optional, up to 30, personal data)",
                example = "花子", maxLength = 30)
        String givenName,
        @Schema(description = "地区名（任意、50文字以内。公表時に表示） / Area of the city (optional, up to 50; shown when published)",
                example = "油井", maxLength = 50)
        String area,
        @Schema(description = "住所（任意、200文字以内、個人情報。郵送での回答用） / Postal address (optional, up to 200, "
                + "personal data; for an answer by letter)", maxLength = 200)
        String postalAddress,
        @Schema(description = "メールアドレス（任意、個人情報。メールでの回答用） / E-mail (optional, personal data; for an answer by e-mail)",
                example = "hanako@example.jp", maxLength = 254)
        String email,
        @Schema(description = "電話番号（任意、個人情報） / Phone (optional, personal data)", example = "0243-55-0000", maxLength = 20)
        String phone,
        @Schema(description = "個別の回答を希望する（既定: false）。回答にはメールアドレス、または氏名と住所が必要 / "
                + "An individual answer is wanted (default false); needs an e-mail, or a name and postal address",
                defaultValue = "false")
        Boolean wantsAnswer,
        @Schema(description = "公表への同意（既定: NONE）: NONE 公表しない / ANONYMOUS 地区名と「匿名希望」で公表 / "
                + "WITH_SURNAME 地区名と姓で公表 / Consent to publication (default NONE)", defaultValue = "NONE")
        PublicationConsent publicationConsent) {

    /** Never the content: it holds personal data, and this may end up in a log. */
    @Override
    public String toString() {
        return "SubmitProposalRequest[category=" + category + "]";
    }
}
