package jp.cityplan.domain.plan;

import java.util.List;
import jp.cityplan.domain.shared.Require;

/** A measure (方策) of the pillar chapter, e.g. 1 市政改革; it groups approaches. */
public record Measure(MeasureCode code, String title, List<Approach> approaches) {

    public Measure {
        Require.present(code, "measure code");
        Require.text(title, "measure title");
        approaches = Require.list(approaches, "measure approaches");
        for (Approach approach : approaches) {
            if (!approach.code().measure().equals(code)) {
                throw new IllegalArgumentException("approach " + approach.code() + " does not belong to measure " + code);
            }
        }
    }
}
