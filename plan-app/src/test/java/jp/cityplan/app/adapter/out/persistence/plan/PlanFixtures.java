package jp.cityplan.app.adapter.out.persistence.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import jp.cityplan.domain.indicator.AsOfRule;
import jp.cityplan.domain.indicator.Indicator;
import jp.cityplan.domain.indicator.IndicatorId;
import jp.cityplan.domain.indicator.Observation;
import jp.cityplan.domain.indicator.Series;
import jp.cityplan.domain.indicator.Target;
import jp.cityplan.domain.plan.Approach;
import jp.cityplan.domain.plan.ApproachCode;
import jp.cityplan.domain.plan.Chapter;
import jp.cityplan.domain.plan.ChapterKind;
import jp.cityplan.domain.plan.ComprehensivePlan;
import jp.cityplan.domain.plan.Initiative;
import jp.cityplan.domain.plan.InitiativeCode;
import jp.cityplan.domain.plan.InitiativeRow;
import jp.cityplan.domain.plan.Measure;
import jp.cityplan.domain.plan.MeasureCode;
import jp.cityplan.domain.plan.Note;
import jp.cityplan.domain.plan.PlanId;
import jp.cityplan.domain.plan.Relisting;
import jp.cityplan.domain.plan.SectionReference;
import jp.cityplan.domain.shared.FiscalYear;
import jp.cityplan.domain.shared.Municipality;
import jp.cityplan.domain.shared.MunicipalityCode;

/** Plans built in code for the persistence tests, shaped like the printed plan of 二本松市. */
final class PlanFixtures {

    static final Municipality NIHONMATSU = new Municipality(new MunicipalityCode("072109"), "二本松市");

    private PlanFixtures() {
    }

    /**
     * Every kind of part: outline chapters and four basic goals around a pillar chapter of two measures; paragraphs
     * in both prose sections with a note marker; an indicator with two series, observations (one given as 498.50)
     * and a target; initiatives at home, a relisting of an initiative of the plan (listed before its home) and a
     * relisting of a basic goal section; two notes.
     */
    static ComprehensivePlan everyKindOfRow(String id) {
        Approach reform = new Approach(new ApproachCode("1-1"), "市政改革の推進",
                List.of("本市の行財政を取り巻く社会状況は、依然として厳しさを増しています。",
                        "成果重視の行政経営の仕組みづくりが求められます。"),
                List.of("PDCA マネジメントサイクル※28の評価システムを活用した戦略的な行政運営を行います。"),
                List.of(staffCount(), fiscalStrength()),
                List.of(
                        new Initiative(new InitiativeCode("1-1.1"), "市政改革推進行動計画の総合管理",
                                "市政改革推進行動計画を策定し、改革項目の推進と進行管理を行う。"),
                        Relisting.ofPlanInitiative(SectionReference.parse("方策 2-2-1"), "協働のまちづくりの推進",
                                new InitiativeCode("2-1.1")),
                        new Initiative(new InitiativeCode("1-1.2"), "EBPMの推進",
                                "証拠に基づく政策立案を推進し、政策の有効性を高める。")));
        Approach organisation = new Approach(new ApproachCode("1-2"), "部課横断型組織体系での対応の強化",
                List.of("複雑化する行政課題に対応する組織が求められています。"),
                List.of("部課横断的な連携体制を強化します。"),
                List.of(),
                List.of(
                        Relisting.ofPlanInitiative(SectionReference.parse("方策 1-1-1"), "EBPMの推進",
                                new InitiativeCode("1-1.2")),
                        Relisting.ofOutsideSection(SectionReference.parse("4-1-3"), "地域おこし協力隊の活用",
                                "地域おこし協力隊を受け入れ、地域の活性化を図る。")));
        Approach cooperation = new Approach(new ApproachCode("2-1"), "協働によるまちづくり",
                List.of("市民と行政の協働※3が進んでいます。"),
                List.of(),
                List.of(),
                List.of(new Initiative(new InitiativeCode("2-1.1"), "協働のまちづくりの推進",
                        "ＮＰＯや町内会と協働し、地域課題の解決を図る。")));
        return ComprehensivePlan.of(new PlanId(id), "二本松市長期総合計画", NIHONMATSU,
                List.of(
                        Chapter.outline(ChapterKind.INTRODUCTION, "序論"),
                        Chapter.outline(ChapterKind.BASIC_VISION, "基本構想"),
                        Chapter.basicGoal(1, "基本目標1"),
                        Chapter.basicGoal(2, "基本目標2"),
                        Chapter.basicGoal(3, "基本目標3"),
                        Chapter.basicGoal(4, "基本目標4"),
                        Chapter.pillar("方策の柱", "みんなで創る持続可能なまち", List.of(
                                new Measure(new MeasureCode("1"), "市政改革", List.of(reform, organisation)),
                                new Measure(new MeasureCode("2"), "協働", List.of(cooperation)))),
                        Chapter.outline(ChapterKind.APPENDIX, "資料編")),
                List.of(new Note(3, "協働：市民と行政が対等な立場で協力して取り組むこと。"),
                        new Note(28, "PDCA マネジメントサイクル：計画、実行、評価、改善を繰り返す手法。")));
    }

    private static Indicator staffCount() {
        return new Indicator(new IndicatorId("staff-count"), "職員数", "人", "「人事行政課資料」（二本松市）",
                "各年4月1日現在", AsOfRule.APRIL_1,
                List.of(new Series("city", "二本松市"), new Series("peers", "類似団体平均")),
                List.of(
                        new Observation("city", FiscalYear.of(2023), new BigDecimal("512")),
                        new Observation("peers", FiscalYear.of(2023), new BigDecimal("498.50")),
                        new Observation("city", FiscalYear.of(2024), new BigDecimal("505"))),
                List.of(new Target("city", FiscalYear.of(2030), new BigDecimal("480"))));
    }

    private static Indicator fiscalStrength() {
        return new Indicator(new IndicatorId("fiscal-strength"), "財政力指数", "－", "「決算カード」（総務省）",
                "各年度", AsOfRule.FISCAL_YEAR, List.of(new Series("city", "二本松市")), List.of(), List.of());
    }

    /** A plan with {@code approaches} approaches in one measure, each with paragraphs, an indicator and rows. */
    static ComprehensivePlan withApproaches(String id, int approaches) {
        List<Approach> list = new ArrayList<>();
        for (int a = 1; a <= approaches; a++) {
            ApproachCode code = new ApproachCode("1-" + a);
            List<InitiativeRow> rows = List.of(
                    new Initiative(new InitiativeCode(code + ".1"), "事業" + a + "の一", "事業内容" + a + "の一。"),
                    new Initiative(new InitiativeCode(code + ".2"), "事業" + a + "の二", "事業内容" + a + "の二。"));
            Indicator indicator = new Indicator(new IndicatorId("indicator-" + a), "指標" + a, "件", "市資料",
                    "各年度", AsOfRule.FISCAL_YEAR, List.of(new Series("city", "二本松市")),
                    List.of(new Observation("city", FiscalYear.of(2024), BigDecimal.valueOf(a))), List.of());
            list.add(new Approach(code, "手法" + a, List.of("現状" + a + "。"), List.of("方針" + a + "。"),
                    List.of(indicator), rows));
        }
        return ComprehensivePlan.of(new PlanId(id), "計画 " + id, NIHONMATSU,
                List.of(Chapter.pillar("方策の柱", null, List.of(new Measure(new MeasureCode("1"), "市政改革", list)))),
                List.of());
    }

    /** A plan whose paragraph, descriptions (initiative, relisting) and note have {@code length} characters each. */
    static ComprehensivePlan withLongTexts(String id, int length) {
        String paragraph = japanese("現状と課題：", length);
        String description = japanese("事業内容：", length);
        String printed = japanese("再掲の事業内容：", length);
        String note = japanese("注：", length);
        Approach approach = new Approach(new ApproachCode("1-1"), "市政改革の推進", List.of(paragraph), List.of(),
                List.of(), List.of(
                        new Initiative(new InitiativeCode("1-1.1"), "長い事業", description),
                        Relisting.ofOutsideSection(SectionReference.parse("1-2-3"), "長い再掲", printed)));
        return ComprehensivePlan.of(new PlanId(id), "二本松市長期総合計画", NIHONMATSU,
                List.of(Chapter.basicGoal(1, "基本目標1"),
                        Chapter.pillar("方策の柱", null, List.of(new Measure(new MeasureCode("1"), "市政改革",
                                List.of(approach))))),
                List.of(new Note(1, note)));
    }

    /**
     * Japanese prose of exactly {@code length} characters (UTF-16 units): kanji, kana, full-width forms and a
     * character outside the Basic Multilingual Plane (𠮷, two units).
     */
    static String japanese(String opening, int length) {
        String sentence = "二本松市は、安達太良山と阿武隈川に抱かれた城下町です。ＮＰＯ・町内会と𠮷野家も協働します。";
        StringBuilder text = new StringBuilder(opening);
        while (text.length() < length) {
            text.append(sentence);
        }
        text.setLength(length);
        if (Character.isHighSurrogate(text.charAt(length - 1))) {
            text.setCharAt(length - 1, '。');
        }
        return text.toString();
    }

    /** The plan with a value no numeric(18, 4) column can hold exactly. */
    static ComprehensivePlan withValue(String id, BigDecimal value) {
        Indicator indicator = new Indicator(new IndicatorId("ratio"), "比率", "％", "市資料", "各年度",
                AsOfRule.FISCAL_YEAR, List.of(new Series("city", "二本松市")),
                List.of(new Observation("city", FiscalYear.of(2024), value)), List.of());
        Approach approach = new Approach(new ApproachCode("1-1"), "市政改革の推進", List.of(), List.of(),
                List.of(indicator), List.of());
        return ComprehensivePlan.of(new PlanId(id), "計画 " + id, NIHONMATSU,
                List.of(Chapter.pillar("方策の柱", null, List.of(new Measure(new MeasureCode("1"), "市政改革",
                        List.of(approach))))),
                List.of());
    }
}
