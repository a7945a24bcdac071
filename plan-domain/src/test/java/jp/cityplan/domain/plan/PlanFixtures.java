package jp.cityplan.domain.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jp.cityplan.domain.indicator.AsOfRule;
import jp.cityplan.domain.indicator.Indicator;
import jp.cityplan.domain.indicator.IndicatorId;
import jp.cityplan.domain.indicator.Series;
import jp.cityplan.domain.shared.Municipality;
import jp.cityplan.domain.shared.MunicipalityCode;

/**
 * A small but complete excerpt of 二本松市長期総合計画: the outline chapters, basic goals 1 to 4 and one pillar
 * chapter with two measures and three approaches.
 * <pre>
 * 1   市政改革
 *   1-1 市政改革の推進            1-1.1, 1-1.2; basic policy refers to ※28
 *   1-3 民間との連携、民間への移行  1-3.1, 1-3.2, 1-3.3, relisting of basic goal section 4-1-3
 * 3   財政基盤の強化
 *   3-1 効率的・効果的な行政運営    3-1.1, relisting of 方策 1-1-3 (initiative 1-3.2), 3-1.2; indicator with two series
 * </pre>
 * Each part has its own factory so a test can build a plan that differs from this one in exactly one place.
 */
public final class PlanFixtures {

    public static final PlanId PLAN_ID = new PlanId("nihonmatsu");
    public static final String PLAN_TITLE = "二本松市長期総合計画";
    public static final Municipality NIHONMATSU = new Municipality(new MunicipalityCode("072109"), "二本松市");

    public static final MeasureCode CITY_REFORM = new MeasureCode("1");
    public static final MeasureCode FINANCIAL_BASE = new MeasureCode("3");
    public static final ApproachCode REFORM_PROMOTION = new ApproachCode("1-1");
    public static final ApproachCode PRIVATE_SECTOR = new ApproachCode("1-3");
    public static final ApproachCode EFFICIENT_ADMINISTRATION = new ApproachCode("3-1");

    /** The initiative of approach 1-3 that approach 3-1 lists again. */
    public static final InitiativeCode COUNTER_OUTSOURCING = new InitiativeCode("1-3.2");
    public static final String COUNTER_OUTSOURCING_NAME = "窓口業務の民間委託 (郵便局への窓口業務委託)";
    public static final String COUNTER_OUTSOURCING_DESCRIPTION = "郵便局へ市民窓口コーナーの業務委託を進める。";

    public static final String PARK_VOLUNTEERS_NAME = "公園ボランティア (市民とのパートナーシップによる施設等の管理)";
    public static final String PARK_VOLUNTEERS_DESCRIPTION =
            "地域に根ざした公園づくりを目的に、市民等に清掃ボランティアを募り、公園美化活動への積極的な参加を促す。";

    public static final int PDCA_NOTE = 28;
    public static final IndicatorId DEBT_SERVICE_RATIO = new IndicatorId("real-debt-service-ratio");

    private PlanFixtures() {
    }

    public static ComprehensivePlan plan() {
        return plan(chapters(measures()), notes());
    }

    public static ComprehensivePlan plan(List<Chapter> chapters, List<Note> notes) {
        return ComprehensivePlan.of(PLAN_ID, PLAN_TITLE, NIHONMATSU, chapters, notes);
    }

    public static ComprehensivePlan planWithMeasures(List<Measure> measures) {
        return plan(chapters(measures), notes());
    }

    /** The same plan under another id, e.g. for a second municipality of the same deployment. */
    public static ComprehensivePlan plan(String id, String title) {
        return ComprehensivePlan.of(new PlanId(id), title, NIHONMATSU, chapters(measures()), notes());
    }

    public static List<Chapter> chapters(List<Measure> measures) {
        return List.of(
                Chapter.outline(ChapterKind.INTRODUCTION, "序論"),
                Chapter.outline(ChapterKind.BASIC_VISION, "基本構想"),
                Chapter.basicGoal(1, "基本目標1"),
                Chapter.basicGoal(2, "基本目標2"),
                Chapter.basicGoal(3, "基本目標3"),
                Chapter.basicGoal(4, "基本目標4"),
                Chapter.pillar("方策の柱", "みんなで創る持続可能なまち", measures),
                Chapter.outline(ChapterKind.APPENDIX, "資料編"));
    }

    public static List<Note> notes() {
        return List.of(new Note(PDCA_NOTE,
                "Plan（計画）→ Do（実行）→ Check（評価）→ Act（改善）の4段階を繰り返すことによって、業務を継続的に改善していくこと。"));
    }

    public static List<Measure> measures() {
        return List.of(
                cityReform(reformPromotion(), privateSector()),
                financialBase(efficientAdministration()));
    }

    public static Measure cityReform(Approach... approaches) {
        return new Measure(CITY_REFORM, "市政改革", List.of(approaches));
    }

    public static Measure financialBase(Approach... approaches) {
        return new Measure(FINANCIAL_BASE, "財政基盤の強化", List.of(approaches));
    }

    // 1-1 市政改革の推進

    public static Approach reformPromotion() {
        return reformPromotion(reformPromotionRows(), List.of());
    }

    public static Approach reformPromotion(List<InitiativeRow> rows, List<Indicator> indicators) {
        return new Approach(REFORM_PROMOTION, "市政改革の推進",
                List.of("本市の行財政を取り巻く社会状況は、依然として厳しさを増しています。",
                        "今後も引き続き、成果重視の行政経営の仕組みづくりが求められます。"),
                List.of("行政評価により事務事業の効果を明確化し整理・再編につなげます。",
                        "PDCA マネジメントサイクル※28の評価システムを活用した戦略的な行政運営を行います。"),
                indicators,
                rows);
    }

    public static List<InitiativeRow> reformPromotionRows() {
        return List.of(
                new Initiative(new InitiativeCode("1-1.1"), "市政改革推進行動計画の総合管理",
                        "市政改革推進行動計画を策定し、改革項目の推進と進行管理を行う。"),
                new Initiative(new InitiativeCode("1-1.2"), "EBPMの推進",
                        "証拠に基づく政策立案を推進し、政策の有効性を高め、行政への信頼を確保する。"));
    }

    // 1-3 民間との連携、民間への移行

    public static Approach privateSector() {
        return privateSector(privateSectorRows());
    }

    public static Approach privateSector(List<InitiativeRow> rows) {
        return new Approach(PRIVATE_SECTOR, "民間との連携、民間への移行",
                List.of("市民、NPO 法人、企業などと行政との協働による取り組みが必要となっています。"),
                List.of("市民窓口業務の委託をはじめとして、積極的な外部委託を推進します。"),
                List.of(),
                rows);
    }

    public static List<InitiativeRow> privateSectorRows() {
        return List.of(
                new Initiative(new InitiativeCode("1-3.1"), "指定管理者制度の活用・外部委託の推進",
                        "民間のノウハウを活用し、サービスの向上を図る。"),
                new Initiative(COUNTER_OUTSOURCING, COUNTER_OUTSOURCING_NAME, COUNTER_OUTSOURCING_DESCRIPTION),
                new Initiative(new InitiativeCode("1-3.3"), "NPO 法人設立支援事業",
                        "市民の自由な社会貢献活動としての特定非営利活動の健全な発展を促進する。"),
                parkVolunteers());
    }

    /** A relisting whose home, basic goal section 4-1-3, lies outside the loaded chapters. */
    public static Relisting parkVolunteers() {
        return Relisting.ofOutsideSection(SectionReference.parse("4-1-3"),
                PARK_VOLUNTEERS_NAME, PARK_VOLUNTEERS_DESCRIPTION);
    }

    // 3-1 効率的・効果的な行政運営

    public static Approach efficientAdministration() {
        return efficientAdministration(efficientAdministrationRows());
    }

    public static Approach efficientAdministration(List<InitiativeRow> rows) {
        return new Approach(EFFICIENT_ADMINISTRATION, "効率的・効果的な行政運営",
                List.of("限られた財源の中で最大の効果をあげられるよう、効率的・効果的な行政運営に努めてきたところです。"),
                List.of("窓口サービスの充実を図るとともに、証明等のコンビニ交付による市民の利便性向上に努めます。"),
                List.of(debtServiceRatio()),
                rows);
    }

    public static List<InitiativeRow> efficientAdministrationRows() {
        return List.of(
                new Initiative(new InitiativeCode("3-1.1"), "窓口サービスの充実 (市民の利便性の向上)",
                        "オンライン申請などによる受付業種を充実させるなど、窓口サービスの向上を図る。"),
                counterOutsourcingRelisted(),
                new Initiative(new InitiativeCode("3-1.2"), "コンビニ交付サービスの実施",
                        "マイナンバーカードを利用し、コンビニエンスストアで住民票の写しを取得できるサービスを行う。"));
    }

    /** A relisting whose home, 方策 1-1-3, is approach 1-3 of this plan. */
    public static Relisting counterOutsourcingRelisted() {
        return Relisting.ofPlanInitiative(SectionReference.parse("方策 1-1-3"), "窓口業務の民間委託", COUNTER_OUTSOURCING);
    }

    /** 実質公債費比率: the city compared with its peer group, as shipped, without values. */
    public static Indicator debtServiceRatio() {
        return new Indicator(DEBT_SERVICE_RATIO, "実質公債費比率", "%", "「財政状況資料集」（二本松市）", "各年度",
                AsOfRule.FISCAL_YEAR,
                List.of(new Series("city", "二本松市"), new Series("peer-group", "類似団体")),
                List.of(), List.of());
    }

    /** A bare approach with no prose, indicators or rows. */
    public static Approach emptyApproach(String code, String title) {
        return new Approach(new ApproachCode(code), title, List.of(), List.of(), List.of(), List.of());
    }

    @SafeVarargs
    public static <T> List<T> with(List<? extends T> list, T... more) {
        List<T> copy = new ArrayList<>(list);
        copy.addAll(Arrays.asList(more));
        return copy;
    }
}
