package jp.cityplan.domain.publicworks;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.cityplan.domain.shared.FiscalYear;
import jp.cityplan.domain.shared.Require;

/**
 * The reference of an evaluation (評価番号): project, stage and cycle (the fiscal year it became due), e.g.
 * {@code PW-0001-RE-2025}. One project is evaluated at most once per stage and cycle, so the reference is unique; it
 * is also the business key of the evaluation's process instance.
 */
public record EvaluationReference(String value) {

    private static final Pattern REFERENCE = Pattern.compile("(PW-[0-9]{4})-(EA|RE|EP)-([0-9]{4})");

    public EvaluationReference {
        Require.matching(value, REFERENCE, "evaluation reference");
    }

    public static EvaluationReference of(ProjectId project, EvaluationStage stage, FiscalYear cycle) {
        return new EvaluationReference(project.value() + "-" + stage.code() + "-" + cycle.year());
    }

    public ProjectId projectId() {
        return new ProjectId(part(1));
    }

    public EvaluationStage stage() {
        return EvaluationStage.ofCode(part(2));
    }

    public FiscalYear cycle() {
        return FiscalYear.of(Integer.parseInt(part(3)));
    }

    private String part(int group) {
        Matcher matcher = REFERENCE.matcher(value);
        if (!matcher.matches()) {
            throw new IllegalStateException(value);
        }
        return matcher.group(group);
    }

    @Override
    public String toString() {
        return value;
    }
}
