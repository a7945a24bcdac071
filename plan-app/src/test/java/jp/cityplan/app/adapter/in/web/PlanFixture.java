package jp.cityplan.app.adapter.in.web;

import java.math.BigDecimal;
import java.util.List;
import jp.cityplan.domain.indicator.AsOfRule;
import jp.cityplan.domain.indicator.Indicator;
import jp.cityplan.domain.indicator.IndicatorId;
import jp.cityplan.domain.indicator.Observation;
import jp.cityplan.domain.indicator.Series;
import jp.cityplan.domain.plan.Approach;
import jp.cityplan.domain.plan.ApproachCode;
import jp.cityplan.domain.plan.Chapter;
import jp.cityplan.domain.plan.ChapterKind;
import jp.cityplan.domain.plan.ComprehensivePlan;
import jp.cityplan.domain.plan.Initiative;
import jp.cityplan.domain.plan.InitiativeCode;
import jp.cityplan.domain.plan.Measure;
import jp.cityplan.domain.plan.MeasureCode;
import jp.cityplan.domain.plan.Note;
import jp.cityplan.domain.plan.PlanId;
import jp.cityplan.domain.plan.Relisting;
import jp.cityplan.domain.plan.SectionReference;
import jp.cityplan.domain.shared.FiscalYear;
import jp.cityplan.domain.shared.Municipality;
import jp.cityplan.domain.shared.MunicipalityCode;

/**
 * A small plan shaped like Nihonmatsu's pillar chapter: own initiatives, a relisting of a plan initiative
 * ({@code 方策 1-1-3} → 1-3.2), a relisting of a basic goal section outside the plan ({@code 4-1-3}), a note
 * marker (※28), an indicator with one series and one comparing two series, neither with values.
 * 8 rows: 1-1 has 1, 1-3 has 2, 1-4 has 3 (one relisting), 3-1 has 2 (one relisting).
 */
public final class PlanFixture {

    public static final String ID = "testcity";
    public static final PlanId PLAN_ID = new PlanId(ID);
    public static final int ROWS = 8;

    private PlanFixture() {
    }

    public static ComprehensivePlan plan() {
        return plan(staffCount());
    }

    /** The same plan with staff counts recorded for two fiscal years (test values, not the city's). */
    public static ComprehensivePlan planWithRecordedStaffCount() {
        Indicator recorded = staffCount()
                .record(new Observation("city", FiscalYear.of(2024), new BigDecimal("1234")))
                .record(new Observation("city", FiscalYear.of(2023), new BigDecimal("1240")));
        return plan(recorded);
    }

    private static ComprehensivePlan plan(Indicator staffCount) {
        Approach reform = new Approach(new ApproachCode("1-1"), "市政改革の推進",
                List.of("行財政を取り巻く社会状況は厳しさを増しています。"),
                List.of("選択と集中の考え方に基づき、PDCA マネジメントサイクル※28の評価システムを活用した戦略的な行政運営を行います。"),
                List.of(staffCount),
                List.of(initiative("1-1.1", "市政改革推進行動計画の総合管理", "市政改革推進行動計画を策定し、改革項目の推進と進行管理を行う。")));
        Approach privateSector = new Approach(new ApproachCode("1-3"), "民間活力の活用",
                List.of("民間の知恵と活力を生かすことが求められます。"),
                List.of("民間委託を進めます。"),
                List.of(),
                List.of(initiative("1-3.1", "指定管理者制度の活用", "公共施設の管理に指定管理者制度を活用する。"),
                        initiative("1-3.2", "窓口業務の民間委託", "郵便局へ市民窓口コーナーの業務委託を進める。")));
        Approach partnership = new Approach(new ApproachCode("1-4"), "市民との協働",
                List.of("市民と行政の協働が求められます。"),
                List.of("市民活動を支援します。"),
                List.of(),
                List.of(initiative("1-4.1", "市民活動団体への支援", "NPO やボランティア団体の活動を支援する。"),
                        initiative("1-4.2", "地域自治の推進", "市政の連絡等の事務を行政連絡員に委託する。"),
                        Relisting.ofOutsideSection(SectionReference.parse("4-1-3"), "公園ボランティア",
                                "市民等に清掃ボランティアを募り、公園美化活動への参加を促す。")));
        Approach counter = new Approach(new ApproachCode("3-1"), "窓口サービスの充実",
                List.of("窓口の利便性が求められています。"),
                List.of("窓口サービスを充実させます。"),
                List.of(realDebtServiceRatio()),
                List.of(initiative("3-1.1", "日曜日の窓口サービスの実施", "毎週日曜日に市民課窓口を開設し、案内ボランティアが手続きを手伝う。"),
                        Relisting.ofPlanInitiative(SectionReference.parse("方策 1-1-3"), "窓口業務の民間委託",
                                new InitiativeCode("1-3.2"))));
        Chapter pillar = Chapter.pillar("方策の柱", "みんなで創る持続可能なまち", List.of(
                new Measure(new MeasureCode("1"), "市政改革", List.of(reform, privateSector, partnership)),
                new Measure(new MeasureCode("3"), "財政基盤の強化", List.of(counter))));
        return ComprehensivePlan.of(PLAN_ID, "テスト市長期総合計画",
                new Municipality(new MunicipalityCode("072109"), "二本松市"),
                List.of(Chapter.outline(ChapterKind.INTRODUCTION, "序論"),
                        Chapter.basicGoal(4, "基本目標4"),
                        pillar,
                        Chapter.outline(ChapterKind.APPENDIX, "資料編")),
                List.of(new Note(28, "Plan（計画）→ Do（実行）→ Check（評価）→ Act（改善）の4段階を繰り返すことによって、業務を継続的に改善していくこと。")));
    }

    private static Indicator staffCount() {
        return new Indicator(new IndicatorId("staff-count"), "職員数", "人", "「人事行政課資料」（二本松市）",
                "各年4月1日現在", AsOfRule.APRIL_1, List.of(new Series("city", "二本松市")), List.of(), List.of());
    }

    private static Indicator realDebtServiceRatio() {
        return new Indicator(new IndicatorId("real-debt-service-ratio"), "実質公債費比率", "%",
                "「財政状況資料集」（二本松市）", "各年度", AsOfRule.FISCAL_YEAR,
                List.of(new Series("city", "二本松市"), new Series("peer", "類似団体")), List.of(), List.of());
    }

    private static Initiative initiative(String code, String name, String description) {
        return new Initiative(new InitiativeCode(code), name, description);
    }
}
