package jp.cityplan.app.adapter.out.persistence.evaluation;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import jp.cityplan.domain.evaluation.IndicatorKind;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/** A row of {@code evaluation_indicator}: one activity or outcome indicator of a sheet. */
@Embeddable
@Getter
@Setter
@NoArgsConstructor
public class EvaluationIndicatorRow {

    @Enumerated(EnumType.STRING)
    private IndicatorKind kind;

    private String name;

    private String unit;

    private BigDecimal targetValue;

    private BigDecimal actualValue;
}
