package jp.cityplan.app.application.opendata;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import jp.cityplan.domain.publicworks.EvaluationDecision;
import jp.cityplan.domain.publicworks.PublicWorksEvaluations;
import jp.cityplan.domain.publicworks.PublishedEvaluation;
import jp.cityplan.domain.publicworks.Yen;

/**
 * 公共事業評価結果: the published public works evaluations (事前評価・再評価・事後評価), one row per evaluation, newest
 * publication first: the project, the key figures of the sheet, the committee's opinion and the city's decision.
 * Only published evaluations; the tables hold no personal data.
 */
public class PublicWorksEvaluationsDataset implements OpenDataset {

    /** The size of the pages read from the store. */
    static final int PAGE = 500;

    private final PublicWorksEvaluations evaluations;
    private final Function<String, String> labels;
    private final Supplier<Optional<String>> municipalityCode;
    private final OpenDataDates dates;

    /**
     * @param labels           the Japanese name of a message key, e.g. {@code publicworks.kind.ROAD} → 道路
     * @param municipalityCode the deployment's 全国地方公共団体コード
     */
    public PublicWorksEvaluationsDataset(PublicWorksEvaluations evaluations, Function<String, String> labels,
                                         Supplier<Optional<String>> municipalityCode, OpenDataDates dates) {
        this.evaluations = evaluations;
        this.labels = labels;
        this.municipalityCode = municipalityCode;
        this.dates = dates;
    }

    @Override
    public String id() {
        return "public-works-evaluations";
    }

    @Override
    public String title() {
        return "公共事業評価結果";
    }

    @Override
    public String description() {
        return "公表した公共事業評価（事前評価・再評価・事後評価）の結果：事業、費用便益比（B/C）、評価委員会の意見、市の対応方針。";
    }

    @Override
    public List<OpenDataColumn> columns() {
        return List.of(OpenDataColumn.MUNICIPALITY_CODE,
                new OpenDataColumn("評価番号", "evaluationReference"), new OpenDataColumn("事業番号", "projectId"),
                new OpenDataColumn("事業名", "projectName"), new OpenDataColumn("事業種別", "projectKind"),
                new OpenDataColumn("評価区分", "stage"), new OpenDataColumn("年度", "fiscalYear"),
                new OpenDataColumn("総事業費（円）", "totalCostYen"), new OpenDataColumn("便益（円）", "benefitsYen"),
                new OpenDataColumn("費用（円）", "costsYen"), new OpenDataColumn("費用便益比（B/C）", "benefitCostRatio"),
                new OpenDataColumn("委員会意見（対応方針）", "opinionDecision"),
                new OpenDataColumn("委員会意見", "opinionText"), new OpenDataColumn("対応方針", "decision"),
                new OpenDataColumn("公表日", "publishedOn"), OpenDataColumn.REMARKS);
    }

    @Override
    public List<List<String>> rows() {
        String code = municipalityCode.get().orElse("");
        List<List<String>> rows = new ArrayList<>();
        for (PublishedEvaluation evaluation : allPublished()) {
            rows.add(List.of(code, evaluation.reference().value(), evaluation.projectId().value(),
                    evaluation.projectName(), labels.apply("publicworks.kind." + evaluation.kind().name()),
                    labels.apply("publicworks.stage." + evaluation.stage().name()),
                    Integer.toString(evaluation.cycle().year()), yen(evaluation.totalCost()),
                    yen(evaluation.benefits()), yen(evaluation.costs()), ratio(evaluation.benefitCostRatio()),
                    decision(evaluation.opinionDecision()), text(evaluation.opinionText()),
                    decision(evaluation.decision()), evaluation.publishedOn().toString(),
                    remarks(evaluation.deviationReason())));
        }
        return rows;
    }

    private List<PublishedEvaluation> allPublished() {
        List<PublishedEvaluation> all = new ArrayList<>();
        List<PublishedEvaluation> page;
        do {
            page = evaluations.published(all.size(), PAGE);
            all.addAll(page);
        } while (page.size() == PAGE);
        return all;
    }

    private String decision(EvaluationDecision decision) {
        return decision == null ? "" : labels.apply("publicworks.decision." + decision.name());
    }

    private static String yen(Yen yen) {
        return yen == null ? "" : Long.toString(yen.amount());
    }

    private static String ratio(BigDecimal ratio) {
        return ratio == null ? "" : ratio.toPlainString();
    }

    private static String text(String text) {
        return text == null ? "" : text;
    }

    /** Where the city decided otherwise than the committee advised, its reason. */
    private static String remarks(String deviationReason) {
        return deviationReason == null || deviationReason.isBlank() ? ""
                : "委員会意見と異なる対応方針とした理由: " + deviationReason;
    }

    @Override
    public Optional<Instant> updated() {
        return dates.publicWorksPublished();
    }
}
