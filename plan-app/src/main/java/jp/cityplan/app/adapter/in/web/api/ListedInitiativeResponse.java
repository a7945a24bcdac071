package jp.cityplan.app.adapter.in.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "主な取組事項の行（手法をまたぐ一覧用） / An initiative row as a flat list shows it")
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ListedInitiativeResponse(
        @Schema(description = "手法番号 / Approach code", example = "3-1")
        String approach,
        @Schema(description = "手法内の掲載位置（1から） / Position in the approach's table, from 1", example = "4")
        int position,
        @Schema(description = "INITIATIVE（この手法の取組）または RELISTING（再掲） / own initiative or relisting")
        RowKind kind,
        @Schema(description = "取組コード。本計画に収録されていない章への再掲は null / Initiative code; null for an unresolved relisting",
                example = "1-3.2", nullable = true)
        String code,
        @Schema(description = "事業名 / Name", example = "窓口業務の民間委託")
        String name,
        @Schema(description = "事業内容。本計画の取組の再掲は掲載元の内容 / Description; a relisting of a plan initiative shows the home initiative's")
        String description,
        @Schema(description = "再掲の掲載元（掲載どおり）。この手法の取組は null / Printed home section of a relisting; null for own initiatives",
                example = "方策 1-1-3", nullable = true)
        String home,
        @Schema(description = "行の取組が本計画にあるか（この手法の取組と解決済みの再掲は true、本計画に収録されていない章への再掲は false） / "
                + "True when the row's initiative is in this plan (own initiatives, resolved relistings)")
        boolean resolved,
        @Schema(description = "この取組を関係する取組として挙げた市民提案の件数（該当なしは 0）。本計画の取組の再掲は掲載元の取組の件数、"
                + "本計画に収録されていない章への再掲は null / How many citizen proposals name the row's initiative "
                + "(0 where none do); a relisting of a plan initiative shows the home initiative's count; null for an "
                + "unresolved relisting", example = "3", nullable = true)
        Long proposalCount) {
}
