package jp.cityplan.domain.plan;

import java.util.List;
import java.util.Optional;
import jp.cityplan.domain.indicator.Indicator;
import jp.cityplan.domain.shared.Require;

/**
 * An approach (手法) of a measure, e.g. 1-1 市政改革の推進: its situation and issues (現状と課題), its basic
 * policy (基本方針), related data (関連データ) and its table of main initiatives, in the printed order.
 */
public record Approach(
        ApproachCode code,
        String title,
        List<String> currentSituation,
        List<String> basicPolicy,
        List<Indicator> indicators,
        List<InitiativeRow> rows) {

    public Approach {
        Require.present(code, "approach code");
        Require.text(title, "approach title");
        currentSituation = paragraphs(currentSituation, "currentSituation of approach " + code);
        basicPolicy = paragraphs(basicPolicy, "basicPolicy of approach " + code);
        indicators = Require.list(indicators, "indicators of approach " + code);
        rows = Require.list(rows, "initiatives of approach " + code);
        for (InitiativeRow row : rows) {
            if (row instanceof Initiative initiative && !initiative.code().approach().equals(code)) {
                throw new IllegalArgumentException("initiative " + initiative.code() + " does not belong to approach " + code);
            }
        }
    }

    private static List<String> paragraphs(List<String> paragraphs, String field) {
        List<String> copy = Require.list(paragraphs, field);
        copy.forEach(paragraph -> Require.text(paragraph, field));
        return copy;
    }

    /** The initiatives whose home is this approach, in printed order. */
    public List<Initiative> initiatives() {
        return rows.stream().filter(Initiative.class::isInstance).map(Initiative.class::cast).toList();
    }

    public Optional<Initiative> initiative(InitiativeCode initiativeCode) {
        return initiatives().stream().filter(initiative -> initiative.code().equals(initiativeCode)).findFirst();
    }

    /** All prose of the approach, for finding note markers. */
    List<String> prose() {
        return java.util.stream.Stream.concat(currentSituation.stream(), basicPolicy.stream()).toList();
    }
}
