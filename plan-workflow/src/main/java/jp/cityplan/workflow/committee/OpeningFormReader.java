package jp.cityplan.workflow.committee;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import jp.cityplan.domain.committee.CommitteeId;
import jp.cityplan.domain.committee.CommitteeRecruitment;
import jp.cityplan.domain.committee.FieldError;
import jp.cityplan.domain.committee.InvalidRecruitmentException;
import jp.cityplan.domain.committee.RecruitmentTerms;
import jp.cityplan.domain.committee.SelectionMethod;
import jp.cityplan.workflow.committee.CommitteeRecruitmentProcess.OpeningForm;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Reads the opening form (Tasklist sends numbers as Long or Double and dates as ISO text) into recruitment terms. */
final class OpeningFormReader {

    private static final Map<String, String> LABELS = new LinkedHashMap<>();

    static {
        LABELS.put(OpeningForm.COMMITTEE_ID, "委員会");
        LABELS.put(OpeningForm.SEATS, "募集人数");
        LABELS.put(OpeningForm.CLOSES_ON, "締切日");
        LABELS.put("closesAt", "締切日");
        LABELS.put(OpeningForm.ESSAY_THEME, "作文のテーマ");
        LABELS.put(OpeningForm.ESSAY_LIMIT, "作文の字数");
        LABELS.put(OpeningForm.SELECTION_METHOD, "選考方法");
        LABELS.put(OpeningForm.PASS_MARK, "抽選に進む平均点");
        LABELS.put(OpeningForm.TERM_STARTS_ON, "任期の開始日");
        LABELS.put(OpeningForm.RESULT_EXPECTED_ON, "結果通知の予定日");
    }

    private OpeningFormReader() {
    }

    static RecruitmentTerms read(VariableScope form, Instant now, LocalTime closingTime) {
        String committee = CommitteeRecruitmentVariables.text(form, OpeningForm.COMMITTEE_ID);
        String essayTheme = CommitteeRecruitmentVariables.text(form, OpeningForm.ESSAY_THEME);
        if (committee == null || essayTheme == null) {
            throw new RecruitmentInputException(label(committee == null ? OpeningForm.COMMITTEE_ID : OpeningForm.ESSAY_THEME)
                    + "を入力してください。");
        }
        CommitteeId committeeId;
        try {
            committeeId = new CommitteeId(committee);
        } catch (IllegalArgumentException e) {
            throw new RecruitmentInputException("委員会「" + committee + "」は登録されていません。", e);
        }
        SelectionMethod method = method(form);
        LocalDate closesOn = date(form, OpeningForm.CLOSES_ON);
        return new RecruitmentTerms(committeeId, number(form, OpeningForm.SEATS, true), now,
                closesOn.atTime(closingTime).atZone(CommitteeRecruitment.CITY_ZONE).toInstant(), essayTheme,
                number(form, OpeningForm.ESSAY_LIMIT, true), method,
                method == SelectionMethod.SCORE_THEN_LOTTERY ? number(form, OpeningForm.PASS_MARK, true) : null,
                date(form, OpeningForm.TERM_STARTS_ON), date(form, OpeningForm.RESULT_EXPECTED_ON));
    }

    /** The refusal in Japanese: one sentence per field. */
    static String explain(InvalidRecruitmentException refused) {
        return refused.errors().stream().map(OpeningFormReader::explain).collect(Collectors.joining(" "));
    }

    private static String explain(FieldError error) {
        String label = label(error.field());
        return switch (error.reason()) {
            case PERIOD_TOO_SHORT -> "募集期間は" + error.limit() + "日以上にしてください（" + label + "）。";
            case TOO_SMALL -> error.limit() > 0 ? label + "は" + error.limit() + "以上にしてください。"
                    : label + "が早すぎます。締切日より後の日にしてください。";
            case TOO_LARGE -> label + "は" + error.limit() + "以下にしてください。";
            case REQUIRED -> label + "を入力してください。";
            default -> label + "を確認してください。";
        };
    }

    private static String label(String field) {
        return LABELS.getOrDefault(field, field);
    }

    private static SelectionMethod method(VariableScope form) {
        String value = CommitteeRecruitmentVariables.text(form, OpeningForm.SELECTION_METHOD);
        try {
            return SelectionMethod.valueOf(value == null ? "" : value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RecruitmentInputException("選考方法を選んでください。", e);
        }
    }

    private static int number(VariableScope form, String field, boolean required) {
        Object value = form.getVariable(field);
        if (value == null || value.toString().isBlank()) {
            throw new RecruitmentInputException(label(field) + "を入力してください。");
        }
        try {
            double number = value instanceof Number n ? n.doubleValue() : Double.parseDouble(value.toString().strip());
            if (number != Math.rint(number) || Math.abs(number) > 1_000_000) {
                throw new NumberFormatException(field);
            }
            return (int) number;
        } catch (NumberFormatException e) {
            throw new RecruitmentInputException(label(field) + "は整数で入力してください。", e);
        }
    }

    private static LocalDate date(VariableScope form, String field) {
        Object value = form.getVariable(field);
        if (value instanceof Date date) {
            return date.toInstant().atZone(CommitteeRecruitment.CITY_ZONE).toLocalDate();
        }
        if (value == null || value.toString().isBlank()) {
            throw new RecruitmentInputException(label(field) + "を入力してください。");
        }
        try {
            String text = value.toString().strip();
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw new RecruitmentInputException(label(field) + "は「2026-06-30」の形で入力してください。", e);
        }
    }
}
