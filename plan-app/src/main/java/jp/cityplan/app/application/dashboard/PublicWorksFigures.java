package jp.cityplan.app.application.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.cityplan.domain.publicworks.EvaluationDecision;
import jp.cityplan.domain.publicworks.EvaluationStage;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The public works evaluation figures (公共事業評価), from {@code public_works_evaluation}: decided evaluations by
 * the city's decision (対応方針), linking to the public page where they are published, and evaluations still in
 * progress per stage, linking to the process in Cockpit. Counts only, never a project's content.
 */
public class PublicWorksFigures implements DashboardFigure {

    /** Where the published results are listed for everyone. */
    public static final String PUBLIC_PAGE = "/public-works";
    /** Where staff follow the running evaluations. */
    public static final String COCKPIT_PROCESSES = "/camunda/app/cockpit/default/#/processes";
    private static final String CLOSED_STATES = "('DECIDED', 'PUBLISHED')";

    private final JdbcTemplate jdbc;

    public PublicWorksFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Figure> compute(DashboardQuery query) {
        return List.of(decisions(), open());
    }

    /** Evaluations the city decided (published or not yet), per decision. */
    public Figure decisions() {
        Map<String, Integer> counts = new HashMap<>();
        int[] published = {0};
        jdbc.query("select decision, state from public_works_evaluation where state in " + CLOSED_STATES
                + " and decision is not null", row -> {
                    counts.merge(row.getString("decision"), 1, Integer::sum);
                    if ("PUBLISHED".equals(row.getString("state"))) {
                        published[0]++;
                    }
                });
        int decided = counts.values().stream().mapToInt(Integer::intValue).sum();
        List<Figure.Bar> bars = new ArrayList<>();
        for (EvaluationDecision decision : EvaluationDecision.values()) {
            bars.add(new Figure.Bar(decision.japaneseName(),
                    BigDecimal.valueOf(counts.getOrDefault(decision.name(), 0)), PUBLIC_PAGE));
        }
        return Figure.ofBars("public-works-decisions", "公共事業評価の結果（対応方針別）",
                decided == 0 ? "対応方針を決定した評価はまだありません。"
                        : "対応方針を決定した評価 " + decided + "件（うち公表済み " + published[0] + "件）。",
                "件", decided == 0 ? List.of() : bars);
    }

    /** Evaluations not yet decided, per stage (事前評価・再評価・事後評価). */
    public Figure open() {
        Map<String, Integer> counts = new HashMap<>();
        jdbc.queryForList("select stage from public_works_evaluation where state not in " + CLOSED_STATES,
                String.class).forEach(stage -> counts.merge(stage, 1, Integer::sum));
        int open = counts.values().stream().mapToInt(Integer::intValue).sum();
        List<Figure.Bar> bars = new ArrayList<>();
        for (EvaluationStage stage : EvaluationStage.values()) {
            bars.add(new Figure.Bar(japaneseName(stage), BigDecimal.valueOf(counts.getOrDefault(stage.name(), 0)),
                    COCKPIT_PROCESSES));
        }
        return Figure.ofBars("public-works-open", "評価中の公共事業評価（評価区分別）",
                open == 0 ? "評価中の公共事業はありません。" : "調書作成から対応方針の決定までの間にある評価 " + open + "件。",
                "件", open == 0 ? List.of() : bars);
    }

    /** The stage's name as the city's pages give it. */
    static String japaneseName(EvaluationStage stage) {
        return switch (stage) {
            case EX_ANTE -> "事前評価";
            case RE_EVALUATION -> "再評価";
            case EX_POST -> "事後評価";
        };
    }
}
