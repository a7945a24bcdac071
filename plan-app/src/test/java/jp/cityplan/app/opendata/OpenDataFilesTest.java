package jp.cityplan.app.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.cityplan.app.application.evaluation.ObservationRecording;
import jp.cityplan.app.application.opendata.OpenDataCatalogue;
import jp.cityplan.app.application.opendata.OpenDataset;
import jp.cityplan.app.evaluation.EvaluationAppTest;
import jp.cityplan.domain.evaluation.AdministrativeEvaluation;
import jp.cityplan.domain.evaluation.AdministrativeEvaluations;
import jp.cityplan.domain.evaluation.EvaluationSheetFields;
import jp.cityplan.domain.plan.ComprehensivePlans;
import jp.cityplan.domain.plan.InitiativeCode;
import jp.cityplan.domain.plan.PlanId;
import jp.cityplan.domain.proposal.AnswerDelivery;
import jp.cityplan.domain.proposal.Channel;
import jp.cityplan.domain.proposal.ProposalCases;
import jp.cityplan.domain.proposal.ProposalDraft;
import jp.cityplan.domain.proposal.ProposalSubmission;
import jp.cityplan.domain.proposal.PublicationConsent;
import jp.cityplan.domain.proposal.ReceiptNumber;
import jp.cityplan.domain.publicworks.CommitteeOpinion;
import jp.cityplan.domain.publicworks.DraftPolicy;
import jp.cityplan.domain.publicworks.EvaluationDecision;
import jp.cityplan.domain.publicworks.EvaluationReference;
import jp.cityplan.domain.publicworks.EvaluationStage;
import jp.cityplan.domain.publicworks.Funding;
import jp.cityplan.domain.publicworks.NonMonetaryEffect;
import jp.cityplan.domain.publicworks.ProjectDraft;
import jp.cityplan.domain.publicworks.ProjectId;
import jp.cityplan.domain.publicworks.ProjectKind;
import jp.cityplan.domain.publicworks.PublicWorksEvaluationCases;
import jp.cityplan.domain.publicworks.PublicWorksEvaluations;
import jp.cityplan.domain.publicworks.PublicWorksProject;
import jp.cityplan.domain.publicworks.PublicWorksProjects;
import jp.cityplan.domain.publicworks.SheetDraft;
import jp.cityplan.domain.shared.FiscalYear;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every open dataset, as CSV and as JSON, against its columns documented in docs/open-data.md; with a published
 * proposal whose personal fields are marker values, none of which may appear in any file, and a published public
 * works evaluation next to one still open.
 */
@EvaluationAppTest
class OpenDataFilesTest {

    private static final String FAMILY = "MARKERFAMILYod";
    private static final String GIVEN = "MARKERGIVENod";
    private static final String AREA = "MARKERAREAod";
    private static final String ADDRESS = "MARKERADDRESSod 1-2-3";
    private static final String EMAIL = "markermailod@example.jp";
    private static final String PHONE = "0243-55-1234";
    private static final List<String> MARKERS = List.of(FAMILY, GIVEN, AREA, "MARKERADDRESSod", EMAIL, PHONE);

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    OpenDataCatalogue catalogue;

    @Autowired
    ProposalSubmission submission;

    @Autowired
    ProposalCases cases;

    @Autowired
    ObservationRecording recording;

    @Autowired
    AdministrativeEvaluations evaluations;

    @Autowired
    ComprehensivePlans plans;

    @Autowired
    PublicWorksProjects publicWorksProjects;

    @Autowired
    PublicWorksEvaluations publicWorksEvaluations;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private static ReceiptNumber published;

    @BeforeEach
    void storeData() {
        if (published != null) {
            return;
        }
        var submitted = submission.submit(new ProposalDraft(Channel.WEB_FORM, null, "駐輪場について",
                "駅前の駐輪場を増やしてほしい。連絡は " + EMAIL + " か " + PHONE + " まで。", "community", List.of(),
                FAMILY, GIVEN, AREA, ADDRESS, EMAIL, PHONE, true, PublicationConsent.WITH_SURNAME));
        published = submitted.receipt().receiptNumber();
        cases.acceptForAnswer(published, List.of("div-civil-engineering"));
        cases.recordAnswer(published, "令和8年度に駐輪場を20台分増やします。", AnswerDelivery.EMAIL);
        cases.publish(published);
        recording.record(new PlanId("nihonmatsu"), Map.of("indicatorId", "staff-count", "seriesKey", "city",
                "fiscalYear", "2025", "value", "512", "source", "人事行政課資料（令和7年4月1日現在）"), "jinji");
        AdministrativeEvaluation evaluation = AdministrativeEvaluation.open(new PlanId("nihonmatsu"),
                new InitiativeCode("1-1.5"), FiscalYear.of(2024), "div-policy-promotion");
        evaluation.importResult(EvaluationSheetFields.read(sheet()));
        evaluations.save(evaluation);
        publishPublicWorksEvaluation();
        appointCommitteeMembers();
    }

    /** R2025-901 ended with members appointed by lottery (its applicants' rows hold the marker name). */
    private void appointCommitteeMembers() {
        jdbc.update("insert into committee (id, name, legal_basis, total_seats, public_seats, term_length,"
                + " gender_target_percent, responsible_division, version) values ('open-data-council', '行政改革推進委員会',"
                + " '条例', 10, 2, 'P2Y', 40, 'div-administration', 0)");
        jdbc.update("insert into committee_recruitment (id, committee_id, seats, opens_at, closes_at, essay_theme,"
                        + " essay_limit, selection_method, term_starts_on, result_expected_on, state, selected,"
                        + " lottery_seed, composition_flags, version) values ('R2025-901', 'open-data-council', 1, ?, ?,"
                        + " '行政改革', 800, 'LOTTERY', ?, ?, 'APPOINTED', 'A2025-90001', '2-5-3', '', 0)",
                java.time.OffsetDateTime.parse("2026-01-05T09:00:00+09:00"),
                java.time.OffsetDateTime.parse("2026-02-05T17:00:00+09:00"), LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 3, 1));
        jdbc.update("insert into committee_application (application_number, recruitment_id, name, kana, birth_date, sex,"
                        + " address, email, relation, occupation, public_position, other_seats, applicant_identity,"
                        + " reasons, essay, received_at, outcome, result_sent, version) values ('A2025-90001', 'R2025-901',"
                        + " ?, 'まーかー', ?, 'NO_ANSWER', ?, ?, 'LIVES', '会社員', 'NONE', 0, 'marker-identity', '理由', '作文', ?,"
                        + " 'SELECTED', true, 0)", FAMILY + " " + GIVEN, LocalDate.of(1980, 1, 1), ADDRESS, EMAIL,
                java.time.OffsetDateTime.parse("2026-01-10T10:00:00+09:00"));
    }

    /** PW-0901 re-evaluated and published (the city deviated from the committee); PW-0902's evaluation still open. */
    private void publishPublicWorksEvaluation() {
        publicWorksProjects.add(PublicWorksProject.register(new ProjectDraft("PW-0901", "市道油井線道路改良事業",
                "div-civil-engineering", ProjectKind.ROAD, Funding.SUBSIDISED, "4-1.1", 2019, LocalDate.of(2020, 6, 1),
                null, 850_000_000L, 3_000_000L, "通学路の安全確保")));
        publicWorksProjects.add(PublicWorksProject.register(new ProjectDraft("PW-0902", "都市公園整備事業",
                "div-civil-engineering", ProjectKind.PARK, Funding.DIRECT, "4-1.1", 2024, null, null,
                120_000_000L, 1_000_000L, "公園の再整備")));
        PublicWorksEvaluationCases publicWorks = new PublicWorksEvaluationCases(publicWorksProjects,
                publicWorksEvaluations, Clock.fixed(Instant.parse("2025-09-01T00:00:00Z"), ZoneId.of("Asia/Tokyo")));
        EvaluationReference reference = publicWorks.open(new ProjectId("PW-0901"), EvaluationStage.RE_EVALUATION,
                FiscalYear.of(2025), "RUNNING");
        publicWorks.fillInSheet(reference, new SheetDraft("変化なし", 4, "必要", 5, "有効", null, 3, "順調", "縮減余地あり",
                Set.of(NonMonetaryEffect.SAFETY), 1_500_000_000L, null, 900_000_000L, 100_000_000L,
                LocalDate.of(2028, 3, 31)));
        publicWorks.proposeDecision(reference, EvaluationDecision.CONTINUE);
        publicWorks.draftPolicy(reference, new DraftPolicy(EvaluationDecision.CONTINUE, "B/C 1.5"));
        publicWorks.recordOpinion(reference,
                new CommitteeOpinion(EvaluationDecision.CONTINUE_WITH_REVIEW, "見直して継続すること", true));
        publicWorks.decide(reference, EvaluationDecision.CONTINUE, "財源を確保済み");
        publicWorks.publish(reference);
        publicWorks.open(new ProjectId("PW-0902"), EvaluationStage.EX_ANTE, FiscalYear.of(2025), "NEW");
    }

    private static Map<String, String> sheet() {
        return Map.ofEntries(Map.entry("purposeObjective", "事業を見直す"), Map.entry("purposeTarget", "市の全事業"),
                Map.entry("purposeIntent", "成果を高める"), Map.entry("purposeMeans", "評価シートの作成"),
                Map.entry("activityName", "評価した事業数"), Map.entry("activityUnit", "事業"),
                Map.entry("activityTarget", "60"), Map.entry("activityActual", "45"),
                Map.entry("outcomeName", "見直した事業の割合"), Map.entry("outcomeUnit", "%"),
                Map.entry("outcomeTarget", "20"), Map.entry("outcomeActual", "25"),
                Map.entry("costGeneral", "300000"), Map.entry("staffYears", "0.8"),
                Map.entry("scoreNecessity", "4"), Map.entry("scoreEffectiveness", "3"),
                Map.entry("scoreEfficiency", "3"), Map.entry("scoreFairness", "4"),
                Map.entry("scoreAchievement", "3"), Map.entry("direction", "CONTINUE"));
    }

    private static List<CSVRecord> parse(String csv) throws Exception {
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), CSVFormat.RFC4180)) {
            return parser.getRecords();
        }
    }

    @Test
    void everyFileHasExactlyItsDocumentedColumnsAndNoPersonalData() throws Exception {
        Map<String, List<DocumentedColumns.Column>> documented = DocumentedColumns.read();
        assertThat(documented.keySet()).as("a table per dataset in docs/open-data.md")
                .containsExactlyInAnyOrderElementsOf(catalogue.datasets().stream().map(OpenDataset::id).toList());

        for (OpenDataset dataset : catalogue.datasets()) {
            List<DocumentedColumns.Column> columns = documented.get(dataset.id());
            String csv = mvc.perform(get("/open-data/{id}.csv", dataset.id()))
                    .andExpect(status().isOk())
                    .andExpect(content().contentType("text/csv;charset=UTF-8"))
                    .andExpect(header().string("Content-Disposition", "attachment; filename=\"" + dataset.id() + ".csv\""))
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(csv).as(dataset.id() + ": no BOM").doesNotStartWith("\uFEFF");
            List<CSVRecord> records = parse(csv);
            assertThat(records.get(0).toList()).as(dataset.id() + " header")
                    .containsExactlyElementsOf(columns.stream().map(DocumentedColumns.Column::name).toList());
            assertThat(records.get(0).get(0)).isEqualTo("全国地方公共団体コード");
            assertThat(records.get(0).get(columns.size() - 1)).isEqualTo("備考");
            assertThat(records.size()).as(dataset.id() + " has rows").isGreaterThan(1);
            for (CSVRecord row : records.subList(1, records.size())) {
                assertThat(row.size()).as(dataset.id() + " line " + row.getRecordNumber()).isEqualTo(columns.size());
                assertThat(row.get(0)).isEqualTo("072109");
                assertThat(row.get(1)).as(dataset.id() + " ID").isNotBlank();
            }

            String body = mvc.perform(get("/open-data/{id}.json", dataset.id()))
                    .andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            JsonNode file = json.readTree(body);
            assertThat(file.path("license").asText()).isEqualTo("CC-BY-4.0");
            List<String> keys = new ArrayList<>();
            file.path("columns").forEach(c -> keys.add(c.path("key").asText()));
            assertThat(keys).containsExactlyElementsOf(columns.stream().map(DocumentedColumns.Column::key).toList());
            assertThat(file.path("records").size()).isEqualTo(records.size() - 1);
            List<String> recordKeys = new ArrayList<>();
            file.path("records").get(0).fieldNames().forEachRemaining(recordKeys::add);
            assertThat(recordKeys).containsExactlyElementsOf(keys);

            for (String marker : MARKERS) {
                assertThat(csv).as(dataset.id() + ".csv holds no personal data").doesNotContain(marker);
                assertThat(body).as(dataset.id() + ".json holds no personal data").doesNotContain(marker);
            }
        }
    }

    @Test
    void theFilesHoldThePlanTheEnteredValuesTheConfirmedEvaluationsAndThePublishedAnswer() throws Exception {
        var plan = plans.findById(new PlanId("nihonmatsu")).orElseThrow();
        assertThat(parse(csv("plan-measures"))).hasSize(1 + (int) plan.measures().count());
        assertThat(parse(csv("plan-approaches"))).hasSize(1 + (int) plan.approaches().count());
        List<CSVRecord> initiatives = parse(csv("plan-initiatives"));
        assertThat(initiatives).hasSize(1 + (int) plan.initiatives().count());
        assertThat(initiatives).filteredOn(r -> r.get(1).equals("1-3.2")).singleElement()
                .satisfies(r -> assertThat(r.get(7)).isEqualTo("再掲: 手法3-1"));

        assertThat(parse(csv("indicator-values"))).filteredOn(r -> r.get(1).equals("staff-count")
                        && r.get(5).equals("2025")).singleElement()
                .satisfies(r -> assertThat(r.toList()).containsExactly("072109", "staff-count", "職員数", "city",
                        "二本松市", "2025", "令和7年度", "2025-04-01", "512", "人", "人事行政課資料（令和7年4月1日現在）",
                        "各年4月1日現在"));
        assertThat(parse(csv("evaluation-results"))).filteredOn(r -> r.get(1).equals("E2024-1-1.5")).singleElement()
                .satisfies(r -> {
                    assertThat(r.get(8)).as("activity rate").isEqualTo("75.0");
                    assertThat(r.get(12)).as("outcome rate").isEqualTo("125.0");
                    assertThat(r.get(13)).as("project cost").isEqualTo("300000");
                    assertThat(r.get(21)).isEqualTo("継続");
                });
        assertThat(parse(csv("proposal-answers"))).filteredOn(r -> r.get(1).equals(published.value())).singleElement()
                .satisfies(r -> {
                    assertThat(r.get(5)).isEqualTo("令和8年度に駐輪場を20台分増やします。");
                    assertThat(r.get(4)).startsWith("駅前の駐輪場を増やしてほしい。");
                });
    }

    @Test
    void thePublicWorksFileHoldsThePublishedEvaluationOnly() throws Exception {
        List<CSVRecord> rows = parse(csv("public-works-evaluations"));

        assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(1)).containsExactly("PW-0901-RE-2025");
        assertThat(rows.get(1).toList()).containsExactly("072109", "PW-0901-RE-2025", "PW-0901", "市道油井線道路改良事業",
                "道路", "再評価", "2025", "850000000", "1500000000", "1000000000", "1.50", "見直し継続",
                "見直して継続すること", "継続", "2025-09-01", "委員会意見と異なる対応方針とした理由: 財源を確保済み");
    }

    private String csv(String id) throws Exception {
        return mvc.perform(get("/open-data/{id}.csv", id)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theCatalogueListsEveryDatasetWithLicenceAndUpdateDate() throws Exception {
        String page = mvc.perform(get("/open-data")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("CC BY 4.0").contains("https://creativecommons.org/licenses/by/4.0/deed.ja");
        for (OpenDataset dataset : catalogue.datasets()) {
            assertThat(page).contains(dataset.title()).contains("/open-data/" + dataset.id() + ".csv")
                    .contains("/open-data/" + dataset.id() + ".json");
        }
        assertThat(page).contains("令和");
        mvc.perform(get("/open-data/no-such-dataset.csv")).andExpect(status().isNotFound());
    }
}
