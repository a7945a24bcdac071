package jp.cityplan.domain.evaluation;

import java.util.HashMap;
import java.util.Map;

/** A filled-in sheet as the form or a CSV row gives it, and the sheet it stands for. */
public final class EvaluationFixtures {

    private EvaluationFixtures() {
    }

    /** Activity 8 of 10 sessions (80.0 %), outcome 45 of 50 % (90.0 %): mean 85.0 %. */
    public static Map<String, String> sheetFields(String direction) {
        Map<String, String> fields = new HashMap<>();
        fields.put("purposeObjective", "証拠に基づく政策立案を進める");
        fields.put("purposeTarget", "市の全職員");
        fields.put("purposeIntent", "政策の有効性を高める");
        fields.put("purposeMeans", "EBPM研修の開催");
        fields.put("activityName", "研修の開催回数");
        fields.put("activityUnit", "回");
        fields.put("activityTarget", "10");
        fields.put("activityActual", "8");
        fields.put("outcomeName", "研修を業務に活かした職員の割合");
        fields.put("outcomeUnit", "%");
        fields.put("outcomeTarget", "50");
        fields.put("outcomeActual", "45");
        fields.put("costNational", "0");
        fields.put("costPrefectural", "100000");
        fields.put("costMunicipalBond", "");
        fields.put("costOther", "0");
        fields.put("costGeneral", "1,200,000");
        fields.put("staffYears", "0.5");
        fields.put("scoreNecessity", "4");
        fields.put("scoreEffectiveness", "3");
        fields.put("scoreEfficiency", "3");
        fields.put("scoreFairness", "4");
        fields.put("scoreAchievement", "3.0");
        fields.put("direction", direction);
        fields.put("remarks", "研修内容を見直して継続する。");
        return fields;
    }

    public static EvaluationSheet sheet(Direction direction) {
        return EvaluationSheetFields.read(sheetFields(direction.name()));
    }

    /** A sheet whose only rates are the given activity and outcome achievement (target 100 each). */
    public static EvaluationSheet sheet(Direction direction, int activityActual, int outcomeActual) {
        Map<String, String> fields = sheetFields(direction.name());
        fields.put("activityTarget", "100");
        fields.put("activityActual", Integer.toString(activityActual));
        fields.put("outcomeTarget", "100");
        fields.put("outcomeActual", Integer.toString(outcomeActual));
        return EvaluationSheetFields.read(fields);
    }
}
