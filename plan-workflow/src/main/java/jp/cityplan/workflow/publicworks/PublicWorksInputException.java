package jp.cityplan.workflow.publicworks;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import jp.cityplan.domain.publicworks.FieldViolation;
import jp.cityplan.domain.publicworks.InvalidPublicWorksInputException;
import org.camunda.bpm.engine.ProcessEngineException;

/**
 * Staff input an evaluation cannot take. Thrown while a form is submitted, it rolls the submission back: nothing is
 * stored, the task stays open and Tasklist shows the message, written for staff in Japanese with every wrong field
 * named and why. {@link #violations()} keeps the fields for the app's own API.
 */
public class PublicWorksInputException extends ProcessEngineException {

    private static final long serialVersionUID = 1L;

    static final Map<String, String> FIELD_LABELS = Map.ofEntries(
            Map.entry("changeOfCircumstances", "社会経済情勢の変化"),
            Map.entry("necessityScore", "必要性の評点"),
            Map.entry("necessity", "必要性"),
            Map.entry("effectivenessScore", "有効性の評点"),
            Map.entry("effectiveness", "有効性"),
            Map.entry("efficiency", "効率性"),
            Map.entry("progressScore", "進捗・見通しの評点"),
            Map.entry("progressAndOutlook", "進捗状況と今後の見通し"),
            Map.entry("costReductionOrAlternatives", "コスト縮減・代替案"),
            Map.entry("userBenefitsYen", "利用者便益（円）"),
            Map.entry("otherBenefitsYen", "その他の便益（円）"),
            Map.entry("constructionCostYen", "事業費（円）"),
            Map.entry("maintenanceCostYen", "維持管理費（円）"),
            Map.entry("expectedCompletionOn", "完了予定日"),
            Map.entry("supportingDocument", "根拠資料"),
            Map.entry("returnReason", "差戻しの理由"),
            Map.entry("policyDecision", "対応方針案"),
            Map.entry("policyReasons", "対応方針案の理由"),
            Map.entry("committeeMeetingDate", "委員会の開催日"),
            Map.entry("memberDecision", "意見（対応方針）"),
            Map.entry("memberOpinion", "意見"),
            Map.entry("opinionDecision", "委員会意見（対応方針）"),
            Map.entry("opinionText", "委員会意見"),
            Map.entry("proposedDecision", "対応方針の目安"),
            Map.entry("decision", "対応方針（決定）"),
            Map.entry("deviationReason", "委員会意見と異なる理由"));

    static final Map<FieldViolation.Reason, String> REASONS = Map.of(
            FieldViolation.Reason.UNKNOWN, "見つかりません",
            FieldViolation.Reason.REQUIRED, "入力してください",
            FieldViolation.Reason.NEGATIVE, "0 以上の金額を入力してください",
            FieldViolation.Reason.ZERO_COST, "費用の合計が 0 円では B/C を計算できません",
            FieldViolation.Reason.OUT_OF_RANGE, "範囲外です（評点は 1〜5）",
            FieldViolation.Reason.TOO_LONG, "長すぎます",
            FieldViolation.Reason.DATE_ORDER, "日付の順序が正しくありません（採択より前の日付です）",
            FieldViolation.Reason.NOT_ALLOWED, "この評価段階では選べません",
            FieldViolation.Reason.MALFORMED, "形式が正しくありません");

    private final transient List<FieldViolation> violations;

    public PublicWorksInputException(List<FieldViolation> violations) {
        super(message(violations));
        this.violations = List.copyOf(violations);
    }

    public static PublicWorksInputException of(InvalidPublicWorksInputException refused) {
        return new PublicWorksInputException(refused.violations());
    }

    public static PublicWorksInputException of(String field, FieldViolation.Reason reason) {
        return new PublicWorksInputException(List.of(new FieldViolation(field, reason)));
    }

    public List<FieldViolation> violations() {
        return violations;
    }

    private static String message(List<FieldViolation> violations) {
        return "入力内容を確認してください: " + violations.stream()
                .map(v -> FIELD_LABELS.getOrDefault(v.field(), v.field()) + "（" + v.field() + "）: "
                        + REASONS.get(v.reason()))
                .collect(Collectors.joining("、"));
    }

    /** The refusal behind an exception the engine threw, where there is one. */
    public static Optional<PublicWorksInputException> findIn(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof PublicWorksInputException refusal) {
                return Optional.of(refusal);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.empty();
    }
}
