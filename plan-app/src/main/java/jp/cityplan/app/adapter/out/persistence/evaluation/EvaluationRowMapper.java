package jp.cityplan.app.adapter.out.persistence.evaluation;

import java.math.BigDecimal;
import jp.cityplan.app.config.SharedMapperConfig;
import jp.cityplan.domain.evaluation.PerformanceIndicator;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** A sheet's performance indicators as {@code evaluation_indicator} rows and back. */
@Mapper(config = SharedMapperConfig.class)
interface EvaluationRowMapper {

    @Mapping(target = "targetValue", source = "target")
    @Mapping(target = "actualValue", source = "actual")
    EvaluationIndicatorRow toRow(PerformanceIndicator indicator);

    @Mapping(target = "target", source = "targetValue")
    @Mapping(target = "actual", source = "actualValue")
    PerformanceIndicator toIndicator(EvaluationIndicatorRow row);

    /** A numeric column's value without the column's trailing zeros: 45.0000 comes back as 45. */
    static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
