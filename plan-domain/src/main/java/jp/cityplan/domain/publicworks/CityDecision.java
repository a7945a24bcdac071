package jp.cityplan.domain.publicworks;

import java.time.LocalDate;
import jp.cityplan.domain.shared.Require;

/** 対応方針（決定）: what the city decided, on which day, and why it did not follow the committee where it did not. */
public record CityDecision(EvaluationDecision decision, String deviationReason, LocalDate decidedOn) {

    public CityDecision {
        Require.present(decision, "decision");
        Require.optionalText(deviationReason, "deviationReason");
        Require.present(decidedOn, "decidedOn");
    }
}
