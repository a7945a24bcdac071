package jp.cityplan.domain.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import jp.cityplan.domain.shared.FieldReader;

/**
 * The flat field names of an evaluation sheet, shared by the Camunda form {@code evaluation-sheet} and the CSV
 * import, and the one place that turns their text into an {@link EvaluationSheet}: every field's problem is reported
 * at once, by field name, in Japanese.
 */
public final class EvaluationSheetFields {

    public static final String OBJECTIVE = "purposeObjective";
    public static final String TARGET = "purposeTarget";
    public static final String INTENT = "purposeIntent";
    public static final String MEANS = "purposeMeans";
    public static final String ACTIVITY_NAME = "activityName";
    public static final String ACTIVITY_UNIT = "activityUnit";
    public static final String ACTIVITY_TARGET = "activityTarget";
    public static final String ACTIVITY_ACTUAL = "activityActual";
    public static final String OUTCOME_NAME = "outcomeName";
    public static final String OUTCOME_UNIT = "outcomeUnit";
    public static final String OUTCOME_TARGET = "outcomeTarget";
    public static final String OUTCOME_ACTUAL = "outcomeActual";
    public static final String STAFF_YEARS = "staffYears";
    public static final String DIRECTION = "direction";
    public static final String REMARKS = "remarks";

    /** The field of each funding source's amount in yen. */
    public static final Map<FundingSource, String> COST = Map.of(
            FundingSource.NATIONAL, "costNational",
            FundingSource.PREFECTURAL, "costPrefectural",
            FundingSource.MUNICIPAL_BOND, "costMunicipalBond",
            FundingSource.OTHER, "costOther",
            FundingSource.GENERAL, "costGeneral");

    /** The field of each criterion's score. */
    public static final Map<Criterion, String> SCORE = Map.of(
            Criterion.NECESSITY, "scoreNecessity",
            Criterion.EFFECTIVENESS, "scoreEffectiveness",
            Criterion.EFFICIENCY, "scoreEfficiency",
            Criterion.FAIRNESS, "scoreFairness",
            Criterion.ACHIEVEMENT, "scoreAchievement");

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry(OBJECTIVE, "目的"), Map.entry(TARGET, "対象"), Map.entry(INTENT, "意図"), Map.entry(MEANS, "手段"),
            Map.entry(ACTIVITY_NAME, "活動指標名"), Map.entry(ACTIVITY_UNIT, "活動指標の単位"),
            Map.entry(ACTIVITY_TARGET, "活動指標の目標値"), Map.entry(ACTIVITY_ACTUAL, "活動指標の実績値"),
            Map.entry(OUTCOME_NAME, "成果指標名"), Map.entry(OUTCOME_UNIT, "成果指標の単位"),
            Map.entry(OUTCOME_TARGET, "成果指標の目標値"), Map.entry(OUTCOME_ACTUAL, "成果指標の実績値"),
            Map.entry("costNational", "国庫支出金（円）"), Map.entry("costPrefectural", "県支出金（円）"),
            Map.entry("costMunicipalBond", "地方債（円）"), Map.entry("costOther", "その他特定財源（円）"),
            Map.entry("costGeneral", "一般財源（円）"), Map.entry(STAFF_YEARS, "従事職員数（人工）"),
            Map.entry("scoreNecessity", "必要性"), Map.entry("scoreEffectiveness", "有効性"),
            Map.entry("scoreEfficiency", "効率性"), Map.entry("scoreFairness", "公平性"),
            Map.entry("scoreAchievement", "達成度"), Map.entry(DIRECTION, "今後の方向性"), Map.entry(REMARKS, "所見"));

    private static final int NAME_LENGTH = 100;
    private static final int UNIT_LENGTH = 20;
    private static final int REMARKS_LENGTH = 2000;

    private EvaluationSheetFields() {
    }

    /** The Japanese label staff see for a field (form label, CSV column); the field name where it has none. */
    public static String label(String field) {
        return LABELS.getOrDefault(field, field);
    }

    /** Every field name, in the order of the sheet. */
    public static List<String> names() {
        List<String> names = new ArrayList<>(List.of(OBJECTIVE, TARGET, INTENT, MEANS,
                ACTIVITY_NAME, ACTIVITY_UNIT, ACTIVITY_TARGET, ACTIVITY_ACTUAL,
                OUTCOME_NAME, OUTCOME_UNIT, OUTCOME_TARGET, OUTCOME_ACTUAL));
        for (FundingSource source : FundingSource.values()) {
            names.add(COST.get(source));
        }
        names.add(STAFF_YEARS);
        for (Criterion criterion : Criterion.values()) {
            names.add(SCORE.get(criterion));
        }
        names.add(DIRECTION);
        names.add(REMARKS);
        return List.copyOf(names);
    }

    /**
     * The sheet the fields describe.
     *
     * @throws jp.cityplan.domain.shared.InvalidInputException naming every field that cannot be accepted
     */
    public static EvaluationSheet read(Map<String, String> fields) {
        FieldReader reader = new FieldReader(fields);
        Purpose purpose = purpose(reader);
        PerformanceIndicator activity = indicator(reader, IndicatorKind.ACTIVITY,
                ACTIVITY_NAME, ACTIVITY_UNIT, ACTIVITY_TARGET, ACTIVITY_ACTUAL);
        PerformanceIndicator outcome = indicator(reader, IndicatorKind.OUTCOME,
                OUTCOME_NAME, OUTCOME_UNIT, OUTCOME_TARGET, OUTCOME_ACTUAL);
        Cost cost = cost(reader);
        Assessment assessment = assessment(reader);
        Direction direction = reader.choice(DIRECTION, Direction.class);
        String remarks = reader.optionalText(REMARKS, REMARKS_LENGTH).orElse(null);
        reader.check();
        return new EvaluationSheet(purpose, List.of(activity, outcome), cost, assessment, direction, remarks);
    }

    private static Purpose purpose(FieldReader reader) {
        String objective = reader.text(OBJECTIVE, Purpose.MAX_LENGTH);
        String target = reader.text(TARGET, Purpose.MAX_LENGTH);
        String intent = reader.text(INTENT, Purpose.MAX_LENGTH);
        String means = reader.text(MEANS, Purpose.MAX_LENGTH);
        return objective == null || target == null || intent == null || means == null ? null
                : new Purpose(objective, target, intent, means);
    }

    private static PerformanceIndicator indicator(FieldReader reader, IndicatorKind kind,
                                                  String nameField, String unitField, String targetField, String actualField) {
        String name = reader.text(nameField, NAME_LENGTH);
        String unit = reader.text(unitField, UNIT_LENGTH);
        BigDecimal target = notNegative(reader, targetField, reader.decimal(targetField));
        BigDecimal actual = notNegative(reader, actualField, reader.decimal(actualField));
        return name == null || unit == null || target == null || actual == null ? null
                : new PerformanceIndicator(kind, name, unit, target, actual);
    }

    private static Cost cost(FieldReader reader) {
        Map<FundingSource, Long> amounts = new EnumMap<>(FundingSource.class);
        for (FundingSource source : FundingSource.values()) {
            String field = COST.get(source);
            BigDecimal amount = notNegative(reader, field, reader.optionalDecimal(field).orElse(BigDecimal.ZERO));
            if (amount != null) {
                try {
                    amounts.put(source, amount.stripTrailingZeros().longValueExact());
                } catch (ArithmeticException e) {
                    reader.problem(field, "円単位の整数で入力してください");
                }
            }
        }
        BigDecimal staffYears = notNegative(reader, STAFF_YEARS, reader.decimal(STAFF_YEARS));
        return amounts.size() == FundingSource.values().length && staffYears != null
                ? new Cost(amounts, staffYears) : null;
    }

    private static Assessment assessment(FieldReader reader) {
        Map<Criterion, Score> scores = new EnumMap<>(Criterion.class);
        for (Criterion criterion : Criterion.values()) {
            String field = SCORE.get(criterion);
            Integer value = reader.integer(field);
            if (value == null) {
                continue;
            }
            if (value < Score.LOWEST || value > Score.HIGHEST) {
                reader.problem(field, criterion.japaneseName() + "は4から1の点数で入力してください");
            } else {
                scores.put(criterion, new Score(value));
            }
        }
        return scores.size() == Criterion.values().length ? new Assessment(scores) : null;
    }

    private static BigDecimal notNegative(FieldReader reader, String field, BigDecimal value) {
        if (value != null && value.signum() < 0) {
            reader.problem(field, "0以上の値を入力してください");
            return null;
        }
        return value;
    }
}
