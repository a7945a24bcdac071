package jp.cityplan.app.adapter.in.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import jp.cityplan.app.adapter.in.web.PlanIds;
import jp.cityplan.domain.plan.ApproachCode;
import jp.cityplan.domain.plan.ComprehensivePlan;
import jp.cityplan.domain.plan.ComprehensivePlans;
import jp.cityplan.domain.plan.InitiativeFilter;
import jp.cityplan.domain.proposal.CitizenProposals;
import lombok.RequiredArgsConstructor;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public, read-only plan API: what anyone may read of the city's long-term comprehensive plan. */
@RestController
@RequestMapping("/api/plans")
@RequiredArgsConstructor
@Tag(name = "計画 / Plans", description = "長期総合計画（読み取り専用） / The long-term comprehensive plan, read-only")
public class PlanApiController {

    /** The longest search text accepted; longer text is refused (400) rather than searched. */
    static final int MAX_TEXT_LENGTH = 100;

    private final ComprehensivePlans plans;
    private final CitizenProposals proposals;
    private final PlanApiMapper mapper;

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "計画の一覧 / List plans",
            description = "公開している計画の ID・名称・団体 / Id, title and municipality of every plan")
    public List<PlanSummaryResponse> plans() {
        return mapper.toSummaryResponses(plans.summaries());
    }

    @GetMapping(path = "/{planId}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "計画の全体 / The whole plan",
            description = "章（順序どおり）、方策の柱の方策・手法（現状と課題、基本方針、関連データ、主な取組事項）、注釈 / "
                    + "Chapters in order; for the pillar chapter its measures and approaches with situation, policy, "
                    + "indicators and initiative rows in printed order; the notes")
    @ApiResponse(responseCode = "200", description = "計画 / The plan")
    @ApiResponse(responseCode = "404", description = "計画がない / No such plan",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public PlanResponse plan(
            @Parameter(description = "計画ID / Plan id", example = "nihonmatsu") @PathVariable String planId) {
        return mapper.toResponse(find(planId));
    }

    @GetMapping(path = "/{planId}/initiatives", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "主な取組事項の検索 / Search main initiatives",
            description = "全手法の主な取組事項を掲載順に平らな一覧で返す。再掲は掲載元の取組として解決される（本計画にない章への再掲は未解決）。"
                    + "各行の proposalCount は、その取組を挙げた市民提案の件数（再掲は掲載元の取組の件数）。"
                    + "両方の条件は省略でき、指定すると両方を満たす行だけを返す。 / "
                    + "Every initiative row of every approach in printed order, relistings resolved where the plan "
                    + "holds their home. Each row's proposalCount is how many citizen proposals name its initiative "
                    + "(a relisting: its home initiative's). Both filters are optional; given together, a row must "
                    + "match both.")
    @ApiResponse(responseCode = "200", description = "該当する行 / Matching rows")
    @ApiResponse(responseCode = "400", description = "条件の値が不正 / A filter value cannot be used",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "計画がない / No such plan",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public List<ListedInitiativeResponse> initiatives(
            @Parameter(description = "計画ID / Plan id", example = "nihonmatsu") @PathVariable String planId,
            @Parameter(description = "手法番号（例: 1-4）。その手法の表の行だけ / Approach code (e.g. 1-4): only that approach's rows",
                    example = "1-4") @RequestParam(required = false) String approach,
            @Parameter(description = "事業名または事業内容に含まれる語（全角・半角を区別しない、" + MAX_TEXT_LENGTH + "文字まで） / "
                    + "Text contained in the name or description; full-width and half-width forms match (NFKC), up to "
                    + MAX_TEXT_LENGTH + " characters", example = "ボランティア") @RequestParam(required = false) String q) {
        ComprehensivePlan plan = find(planId);
        InitiativeFilter filter = new InitiativeFilter(approachOf(plan, approach), textOf(q));
        return mapper.toListedResponses(plan.listedInitiatives(filter), proposals.countByInitiative());
    }

    private ComprehensivePlan find(String planId) {
        return PlanIds.parse(planId).flatMap(plans::findById).orElseThrow(() -> new PlanNotFoundException(planId));
    }

    private static Optional<ApproachCode> approachOf(ComprehensivePlan plan, String approach) {
        if (approach == null || approach.isBlank()) {
            return Optional.empty();
        }
        ApproachCode code;
        try {
            code = new ApproachCode(Normalizer.normalize(approach, Normalizer.Form.NFKC).strip());
        } catch (IllegalArgumentException notACode) {
            throw new InvalidParameterException("approach", approach, "approach-format");
        }
        if (plan.approach(code).isEmpty()) {
            throw new InvalidParameterException("approach", approach, "approach-unknown", code.value());
        }
        return Optional.of(code);
    }

    private static Optional<String> textOf(String q) {
        if (q != null && q.length() > MAX_TEXT_LENGTH) {
            throw new InvalidParameterException("q", q.substring(0, MAX_TEXT_LENGTH) + "…", "text-too-long", MAX_TEXT_LENGTH);
        }
        return Optional.ofNullable(q);
    }
}
