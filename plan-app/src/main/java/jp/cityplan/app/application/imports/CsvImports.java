package jp.cityplan.app.application.imports;

import java.io.IOException;
import java.io.StringReader;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import jp.cityplan.app.application.evaluation.ObservationRecording;
import jp.cityplan.app.application.evaluation.UnknownPlanPartException;
import jp.cityplan.domain.evaluation.AdministrativeEvaluation;
import jp.cityplan.domain.evaluation.AdministrativeEvaluations;
import jp.cityplan.domain.evaluation.Direction;
import jp.cityplan.domain.evaluation.EvaluationId;
import jp.cityplan.domain.evaluation.EvaluationSheet;
import jp.cityplan.domain.evaluation.EvaluationSheetFields;
import jp.cityplan.domain.plan.ComprehensivePlan;
import jp.cityplan.domain.plan.ComprehensivePlans;
import jp.cityplan.domain.plan.InitiativeCode;
import jp.cityplan.domain.plan.PlanId;
import jp.cityplan.domain.shared.FieldProblem;
import jp.cityplan.domain.shared.FieldReader;
import jp.cityplan.domain.shared.FiscalYear;
import jp.cityplan.domain.shared.InvalidInputException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bulk import of indicator values and evaluation results from CSV, the way cities keep them: each good row is stored
 * in its own transaction, each bad row is reported (line, column, reason in Japanese) and nothing of it stored.
 * Importing the same file again stores nothing twice: a value replaces the value of its indicator, series and year;
 * a result replaces the confirmed result of its initiative and year. Runs in the background; its progress is kept.
 */
public class CsvImports {

    private static final Logger LOG = LoggerFactory.getLogger(CsvImports.class);
    private static final int PROGRESS_EVERY = 10;
    private static final String WHOLE_ROW = "（行全体）";

    private final ImportRuns runs;
    private final ComprehensivePlans plans;
    private final ObservationRecording recording;
    private final AdministrativeEvaluations evaluations;
    private final TransactionTemplate transactions;
    private final Executor executor;
    private final Clock clock;

    public CsvImports(ImportRuns runs, ComprehensivePlans plans, ObservationRecording recording,
                      AdministrativeEvaluations evaluations, TransactionTemplate transactions, Executor executor,
                      Clock clock) {
        this.runs = runs;
        this.plans = plans;
        this.recording = recording;
        this.evaluations = evaluations;
        this.transactions = transactions;
        this.executor = executor;
        this.clock = clock;
    }

    /**
     * Records the run and hands the file to the background.
     *
     * @return the run's id
     */
    public String start(ImportKind kind, PlanId planId, String fileName, byte[] content, String staffUser) {
        ComprehensivePlan plan = plans.findById(planId).orElseThrow(() -> new UnknownPlanPartException("plan " + planId));
        String id = UUID.randomUUID().toString();
        String name = fileName == null || fileName.isBlank() ? "upload.csv" : fileName;
        runs.start(new ImportRun(id, kind, name.length() > 200 ? name.substring(0, 200) : name, staffUser,
                clock.instant(), null, ImportRun.State.RUNNING, 0, 0, 0, 0, List.of()));
        executor.execute(() -> process(id, kind, plan, content, staffUser));
        return id;
    }

    void process(String id, ImportKind kind, ComprehensivePlan plan, byte[] content, String staffUser) {
        try {
            CsvText.Decoded text = CsvText.decode(content);
            List<CSVRecord> records;
            List<String> header;
            try (CSVParser parser = CSVParser.parse(new StringReader(text.text()), CSVFormat.RFC4180.builder()
                    .setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true)
                    .setAllowMissingColumnNames(true).setIgnoreEmptyLines(true).get())) {
                header = parser.getHeaderNames();
                records = parser.getRecords();
            }
            Map<String, String> columns = ImportColumns.of(kind);
            int stored = 0;
            int rejected = 0;
            runs.progress(id, records.size(), 0, 0, 0);
            for (int i = 0; i < records.size(); i++) {
                CSVRecord record = records.get(i);
                Map<String, String> fields = new HashMap<>();
                Map<String, String> headerOf = new HashMap<>();
                for (String column : header) {
                    String key = columns.get(column.strip());
                    if (key != null && record.isSet(column)) {
                        fields.put(key, record.get(column));
                        headerOf.put(key, column.strip());
                    }
                }
                List<FieldProblem> problems = store(kind, plan, fields, staffUser);
                int line = i + 2;
                if (problems.isEmpty()) {
                    stored++;
                } else {
                    rejected++;
                    runs.reject(id, problems.stream().map(p -> new ImportRun.Rejection(line,
                            headerOf.getOrDefault(p.field(), column(kind, p.field())), p.reason())).toList());
                }
                if ((i + 1) % PROGRESS_EVERY == 0 || i + 1 == records.size()) {
                    runs.progress(id, records.size(), i + 1, stored, rejected);
                }
            }
            runs.finish(id, ImportRun.State.FINISHED);
            LOG.info("import {} of {} ({}): {} rows stored, {} rejected", id, kind, text.encoding(), stored, rejected);
        } catch (IOException | RuntimeException e) {
            LOG.warn("import {} of {} failed: {}", id, kind, e.getClass().getSimpleName());
            runs.reject(id, List.of(new ImportRun.Rejection(1, WHOLE_ROW, "CSVファイルとして読めませんでした。")));
            runs.finish(id, ImportRun.State.FAILED);
        }
    }

    private static String column(ImportKind kind, String field) {
        if (kind == ImportKind.EVALUATIONS && EvaluationSheetFields.names().contains(field)) {
            return EvaluationSheetFields.label(field);
        }
        return field;
    }

    /** Stores one row in its own transaction; the problems that kept it out, empty where it was stored. */
    private List<FieldProblem> store(ImportKind kind, ComprehensivePlan plan, Map<String, String> fields,
                                     String staffUser) {
        try {
            transactions.executeWithoutResult(status -> {
                if (kind == ImportKind.OBSERVATIONS) {
                    recording.record(plan, fields, staffUser);
                } else {
                    storeEvaluation(plan, fields);
                }
            });
            return List.of();
        } catch (InvalidInputException e) {
            return e.problems();
        } catch (RuntimeException e) {
            LOG.warn("an import row could not be stored: {}", e.getClass().getSimpleName());
            return List.of(new FieldProblem(WHOLE_ROW, "保存できませんでした（" + e.getClass().getSimpleName() + "）"));
        }
    }

    private void storeEvaluation(ComprehensivePlan plan, Map<String, String> raw) {
        Map<String, String> fields = new HashMap<>(raw);
        String direction = fields.get(EvaluationSheetFields.DIRECTION);
        for (Direction value : Direction.values()) {
            if (value.japaneseName().equals(direction == null ? null : direction.strip())) {
                fields.put(EvaluationSheetFields.DIRECTION, value.name());
            }
        }
        FieldReader reader = new FieldReader(fields);
        String code = reader.text(ImportColumns.INITIATIVE, 10);
        InitiativeCode initiative = null;
        if (code != null) {
            if (!code.matches("[1-9][0-9]?-[1-9][0-9]?\\.[1-9][0-9]{0,2}") || plan.initiative(new InitiativeCode(code)).isEmpty()) {
                reader.problem(ImportColumns.INITIATIVE, "計画に取組「" + code + "」はありません");
            } else {
                initiative = new InitiativeCode(code);
            }
        }
        Integer year = reader.integer(ImportColumns.FISCAL_YEAR);
        if (year != null && (year < 1900 || year > 2999)) {
            reader.problem(ImportColumns.FISCAL_YEAR, "年度は西暦（例: 2024）で入力してください");
            year = null;
        }
        String division = reader.text(ImportColumns.OWNER_DIVISION, 63);
        if (division != null && !division.matches("div-[a-z0-9-]+")) {
            reader.problem(ImportColumns.OWNER_DIVISION, "担当課はグループID（例: div-finance）で入力してください");
        }
        List<FieldProblem> problems = new ArrayList<>(reader.problems());
        EvaluationSheet sheet = null;
        try {
            sheet = EvaluationSheetFields.read(fields);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        FiscalYear fiscalYear = FiscalYear.of(year);
        InitiativeCode home = initiative;
        Optional<AdministrativeEvaluation> existing = evaluations.findById(EvaluationId.of(fiscalYear, home));
        if (existing.isPresent() && !existing.get().isConfirmed()) {
            throw new InvalidInputException(List.of(new FieldProblem(ImportColumns.INITIATIVE, "この取組の"
                    + fiscalYear.japaneseName() + "の評価はワークフローで作業中のため、取り込めません")));
        }
        AdministrativeEvaluation evaluation = existing
                .orElseGet(() -> AdministrativeEvaluation.open(plan.id(), home, fiscalYear, division));
        evaluation.importResult(sheet);
        evaluations.save(evaluation);
    }
}
