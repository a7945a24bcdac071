package jp.cityplan.app.adapter.in.planfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import jp.cityplan.domain.plan.ComprehensivePlan;
import org.junit.jupiter.api.Test;

/** Every kind of broken plan file is refused whole, with the file, the place and the reason. */
class BrokenPlanFileTest {

    static final String VALID = """
            formatVersion: 1
            plan:
              id: sample-city
              title: 見本市長期総合計画
              municipality:
                code: "072109"
                name: 見本市
              chapters:
                - kind: BASIC_GOAL
                  number: 4
                  title: 基本目標4
                - kind: PILLAR
                  title: 方策の柱
                  name: みんなで創るまち
                  measures:
                    - code: "1"
                      title: 市政改革
                      approaches:
                        - code: "1-1"
                          title: 市政改革の推進
                          currentSituation:
                            - 現状の段落※28。
                          basicPolicy:
                            - 方針の段落。
                          initiatives:
                            - code: "1-1.1"
                              name: 行政評価の実施
                              description: 行政評価を行う。
                            - relisting:
                                home: "4-1-3"
                              name: 公園ボランティア
                              description: 公園美化活動を促す。
                        - code: "1-2"
                          title: 組織の見直し
                          currentSituation:
                            - 現状。
                          basicPolicy:
                            - 方針。
                          initiatives:
                            - relisting:
                                home: "方策 1-1-1"
                                initiative: "1-1.1"
                              name: 行政評価の実施
              notes:
                - number: 28
                  text: PDCA サイクルのこと。
            """;

    private final PlanFileReader reader = new PlanFileReader();

    private ComprehensivePlan read(String content) {
        return reader.read("sample.plan.yaml", new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
    }

    private PlanFileException refusal(String content) {
        PlanFileException refusal = catchThrowableOfType(PlanFileException.class, () -> read(content));
        assertThat(refusal).as("the file must be refused").isNotNull();
        assertThat(refusal.fileName()).isEqualTo("sample.plan.yaml");
        assertThat(refusal.getMessage()).startsWith("plan file sample.plan.yaml is invalid: ");
        return refusal;
    }

    private static String replace(String from, String to) {
        assertThat(VALID).contains(from);
        return VALID.replace(from, to);
    }

    @Test
    void the_sample_file_itself_is_valid() {
        ComprehensivePlan plan = read(VALID);
        assertThat(plan.listedInitiatives()).hasSize(3);
    }

    @Test
    void bad_syntax_is_reported_with_line_and_column() {
        PlanFileException refusal = refusal(replace("    name: 見本市\n", "    name: [見本市\n"));
        assertThat(refusal.errors()).singleElement()
                .satisfies(error -> assertThat(error.place()).matches("line \\d+, column \\d+"));
    }

    @Test
    void an_empty_file_is_refused() {
        assertThat(refusal("").errors()).singleElement().satisfies(e -> assertThat(e.reason()).contains("empty"));
    }

    @Test
    void a_key_given_twice_is_refused() {
        PlanFileException refusal = refusal(replace("  title: 見本市長期総合計画\n", "  title: 見本市長期総合計画\n  title: 二重\n"));
        assertThat(refusal.errors()).singleElement().satisfies(e -> {
            assertThat(e.place()).startsWith("line 5");
            assertThat(e.reason()).contains("Duplicate field 'title'");
        });
    }

    @Test
    void a_missing_required_field_is_named_with_its_path() {
        String withoutDescription = VALID.replaceFirst("\\n\\s+description: 行政評価を行う。", "");
        assertThat(withoutDescription).isNotEqualTo(VALID);
        PlanFileException refusal = refusal(withoutDescription);
        assertThat(refusal.errors()).anySatisfy(e -> {
            assertThat(e.place()).isEqualTo("$.plan.chapters[1].measures[0].approaches[0].initiatives[0]");
            assertThat(e.reason()).contains("description");
        });
    }

    @Test
    void an_unknown_field_and_a_wrong_format_version_are_refused() {
        PlanFileException refusal = refusal(replace("formatVersion: 1\n", "formatVersion: 2\ncolour: blue\n"));
        assertThat(refusal.errors()).extracting(PlanFileError::toString)
                .anySatisfy(text -> assertThat(text).contains("colour"))
                .anySatisfy(text -> assertThat(text).startsWith("$.formatVersion"));
    }

    @Test
    void a_code_of_the_wrong_shape_is_refused_by_the_schema() {
        PlanFileException refusal = refusal(replace("code: \"1-2\"", "code: \"1_2\""));
        assertThat(refusal.errors()).anySatisfy(e -> assertThat(e.place()).isEqualTo("$.plan.chapters[1].measures[0].approaches[1].code"));
    }

    @Test
    void a_duplicate_approach_code_is_refused() {
        PlanFileException refusal = refusal(replace("code: \"1-2\"", "code: \"1-1\""));
        assertThat(refusal.errors()).anySatisfy(e -> {
            assertThat(e.place()).isEqualTo("approach 1-1");
            assertThat(e.reason()).isEqualTo("appears more than once");
        });
    }

    @Test
    void a_relisting_to_an_initiative_the_plan_does_not_have_is_refused() {
        PlanFileException refusal = refusal(replace("initiative: \"1-1.1\"", "initiative: \"1-1.9\""));
        assertThat(refusal.errors()).singleElement().satisfies(e -> {
            assertThat(e.place()).isEqualTo("approach 1-2, row 1");
            assertThat(e.reason()).contains("1-1.9").contains("does not have");
        });
    }

    @Test
    void a_relisting_to_a_basic_goal_the_plan_does_not_list_is_refused() {
        PlanFileException refusal = refusal(replace("home: \"4-1-3\"", "home: \"5-1-3\""));
        assertThat(refusal.errors()).singleElement().satisfies(e -> {
            assertThat(e.place()).isEqualTo("approach 1-1, row 2");
            assertThat(e.reason()).contains("no basic goal 5");
        });
    }

    @Test
    void a_relisting_home_that_is_no_section_is_refused_with_its_path() {
        PlanFileException refusal = refusal(replace("home: \"4-1-3\"", "home: \"どこか\""));
        assertThat(refusal.errors()).anySatisfy(e ->
                assertThat(e.place()).startsWith("$.plan.chapters[1].measures[0].approaches[0].initiatives[1]"));
    }

    @Test
    void a_note_marker_without_its_note_is_refused() {
        PlanFileException refusal = refusal(replace("現状の段落※28。", "現状の段落※29。"));
        assertThat(refusal.errors()).singleElement().satisfies(e -> {
            assertThat(e.place()).isEqualTo("approach 1-1");
            assertThat(e.reason()).contains("※29");
        });
    }

    @Test
    void a_municipality_code_with_a_wrong_check_digit_is_refused() {
        PlanFileException refusal = refusal(replace("code: \"072109\"", "code: \"072108\""));
        assertThat(refusal.errors()).singleElement().satisfies(e -> {
            assertThat(e.place()).isEqualTo("$.plan.municipality");
            assertThat(e.reason()).contains("check digit");
        });
    }

    @Test
    void several_problems_are_reported_together() {
        String twoProblems = replace("現状の段落※28。", "現状の段落※29。").replace("initiative: \"1-1.1\"", "initiative: \"1-1.9\"");
        assertThat(refusal(twoProblems).errors()).hasSize(2);
    }
}
