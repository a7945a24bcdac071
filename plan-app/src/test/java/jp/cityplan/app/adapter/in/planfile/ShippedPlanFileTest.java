package jp.cityplan.app.adapter.in.planfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import jp.cityplan.domain.plan.ApproachCode;
import jp.cityplan.domain.plan.ComprehensivePlan;
import jp.cityplan.domain.plan.InitiativeCode;
import jp.cityplan.domain.plan.ListedInitiative;
import jp.cityplan.domain.plan.Measure;
import jp.cityplan.domain.plan.Relisting;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped plan file holds the seed chapter completely and exactly. */
class ShippedPlanFileTest {

    private static ComprehensivePlan plan;

    @BeforeAll
    static void readShippedPlan() throws IOException {
        try (InputStream in = ShippedPlanFileTest.class.getResourceAsStream("/plans/nihonmatsu.plan.yaml")) {
            plan = new PlanFileReader().read("nihonmatsu.plan.yaml", in);
        }
    }

    @Test
    void the_plan_is_nihonmatsu_city_with_the_whole_outline_of_chapters() {
        assertThat(plan.id().value()).isEqualTo("nihonmatsu");
        assertThat(plan.municipality().code().value()).isEqualTo("072109");
        assertThat(plan.municipality().name()).isEqualTo("二本松市");
        assertThat(plan.chapters()).extracting(c -> c.title())
                .containsExactly("序論", "基本構想", "基本目標1", "基本目標2", "基本目標3", "基本目標4", "方策の柱", "資料編");
        assertThat(plan.pillars()).singleElement()
                .satisfies(pillar -> assertThat(pillar.name()).isEqualTo("みんなで創る持続可能なまち"));
    }

    @Test
    void it_has_four_measures_and_nine_approaches_in_order() {
        assertThat(plan.measures().map(Measure::title))
                .containsExactly("市政改革", "全ての市民に情報が行き届くまち", "財政基盤の強化", "広域連携推進");
        assertThat(plan.approaches().map(a -> a.code().value()))
                .containsExactly("1-1", "1-2", "1-3", "1-4", "2-1", "2-2", "3-1", "3-2", "4-1");
        assertThat(plan.approaches().map(a -> a.title())).containsExactly(
                "市政改革の推進", "部課横断型組織体系での対応の強化", "民間との連携、民間への移行", "市民協働による市政運営",
                "広報・広聴の充実", "シティプロモーションの推進", "効率的・効果的な行政運営", "健全な財政運営の推進",
                "市域を超えた広域連携の推進");
    }

    @Test
    void it_has_sixty_seven_initiative_rows_of_which_five_are_relistings() {
        List<ListedInitiative> rows = plan.listedInitiatives();
        assertThat(rows).hasSize(67);
        assertThat(rows).filteredOn(ListedInitiative::relisting).hasSize(5);
        assertThat(plan.initiatives()).hasSize(62);
        assertThat(plan.approaches().map(a -> a.rows().size())).containsExactly(7, 1, 2, 10, 11, 3, 10, 15, 8);
    }

    @Test
    void every_approach_has_its_situation_and_basic_policy() {
        assertThat(plan.approaches()).allSatisfy(approach -> {
            assertThat(approach.currentSituation()).isNotEmpty();
            assertThat(approach.basicPolicy()).isNotEmpty();
        });
    }

    @Test
    void prose_is_verbatim_including_the_typo_and_the_note_marker() {
        var approach = plan.approach(new ApproachCode("1-1")).orElseThrow();
        assertThat(approach.currentSituation()).containsExactly(
                "本市の行財政を取り巻く社会状況は、東日本大震災の発生や人口減少・少子高齢化の進行など社会潮流の急激な変化により、"
                        + "依然として厳しさを増しています。これを踏まえ市では、新二本松市市政改革推進行動計画に基づく行財政改革を推進してきたところです。",
                "今後も引き続き、質の高い行政サービスを提供することができる成果重視の行政経営の仕組みづくりが求められます。");
        assertThat(approach.basicPolicy().get(2)).isEqualTo(
                "これらを踏まえ、本計画に示す目標のもと、選択と集中の考え方にに基づき、施策・事業の重点化を図り、"
                        + "PDCA マネジメントサイクル※28の評価システムを活用した戦略的な行政運営を行います。");
        assertThat(plan.approach(new ApproachCode("1-2")).orElseThrow().currentSituation()).first()
                .asString().startsWith("本市では、平成 30 年度に組織改編を行い、");
    }

    @Test
    void initiative_rows_keep_the_seed_texts() {
        assertThat(plan.initiative(new InitiativeCode("1-1.1")).orElseThrow().name()).isEqualTo("市政改革推進行動計画の総合管理");
        assertThat(plan.initiative(new InitiativeCode("3-1.2")).orElseThrow().description())
                .isEqualTo("毎週日曜日 8:30 ~ 12:00 に市民課窓口を開設し、諸証明の発行・交付を行う。毎月第2日曜日にはマイナンバーカードの交付もあわせて行う。");
        assertThat(plan.initiative(new InitiativeCode("3-1.9")).orElseThrow().name()).isEqualTo("遊休施設の用途変更や 空きスペースの有効活用の検討");
        ListedInitiative last = plan.listedInitiatives().get(66);
        assertThat(last.name()).isEqualTo("こおりやま広域連携中枢都市圏への参画");
        assertThat(last.description()).endsWith("（参加市町村：郡山市、須賀川市、田村市、二本松市、本宮市、大玉村、鏡石町、天栄村、猪苗代町、石川町、玉川村、平田村、浅川町、古殿町、三春町、小野町）。");
    }

    @Test
    void the_relisting_in_approach_3_1_is_the_same_initiative_as_its_home_in_approach_1_3() {
        ListedInitiative relisted = plan.listedInitiatives().stream()
                .filter(r -> r.approach().value().equals("3-1") && r.relisting()).findFirst().orElseThrow();
        assertThat(relisted.code()).contains(new InitiativeCode("1-3.2"));
        assertThat(relisted.home().orElseThrow().printed()).isEqualTo("方策 1-1-3");
        var home = plan.initiative(new InitiativeCode("1-3.2")).orElseThrow();
        assertThat(home.name()).isEqualTo("窓口業務の民間委託 (郵便局への窓口業務委託)");
        assertThat(relisted.description()).isEqualTo(home.description()).isEqualTo("郵便局へ市民窓口コーナーの業務委託を進める。");
        Relisting row = (Relisting) plan.approach(new ApproachCode("3-1")).orElseThrow().rows().get(3);
        assertThat(row.printedDescription()).isEmpty();
    }

    @Test
    void relistings_to_basic_goal_sections_stay_unresolved_references() {
        assertThat(plan.listedInitiatives()).filteredOn(ListedInitiative::unresolved)
                .extracting(r -> r.home().orElseThrow().printed(), ListedInitiative::name)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("4-1-3", "公園ボランティア (市民とのパートナーシップによる施設等の管理)"),
                        org.assertj.core.groups.Tuple.tuple("2-1-1", "観光ボランティアガイド協会育成"),
                        org.assertj.core.groups.Tuple.tuple("4-3-2", "森林ボランティア関係"),
                        org.assertj.core.groups.Tuple.tuple("3-2-2", "社会教育推進事業 (公德心高揚運動推進)"));
    }

    @Test
    void note_28_and_both_indicators_are_there_without_values() {
        assertThat(plan.notes()).singleElement().satisfies(note -> {
            assertThat(note.number()).isEqualTo(28);
            assertThat(note.text()).isEqualTo("Plan（計画）→ Do（実行）→ Check（評価）→ Act（改善）の4段階を繰り返すことによって、業務を継続的に改善していくこと。");
        });
        var staff = plan.approach(new ApproachCode("1-1")).orElseThrow().indicators();
        assertThat(staff).singleElement().satisfies(indicator -> {
            assertThat(indicator.title()).isEqualTo("職員数");
            assertThat(indicator.source()).isEqualTo("「人事行政課資料」（二本松市）");
            assertThat(indicator.asOf()).isEqualTo("各年4月1日現在");
            assertThat(indicator.observations()).isEmpty();
        });
        var debt = plan.approach(new ApproachCode("3-2")).orElseThrow().indicators();
        assertThat(debt).singleElement().satisfies(indicator -> {
            assertThat(indicator.title()).isEqualTo("実質公債費比率");
            assertThat(indicator.source()).isEqualTo("「財政状況資料集」（二本松市）");
            assertThat(indicator.isComparison()).isTrue();
            assertThat(indicator.series()).extracting(s -> s.label()).containsExactly("二本松市", "類似団体");
            assertThat(indicator.observations()).isEmpty();
        });
    }
}
