package jp.cityplan.app.adapter.out.persistence.evaluation;

import jp.cityplan.app.config.SharedMapperConfig;
import jp.cityplan.domain.indicator.IndicatorId;
import jp.cityplan.domain.indicator.Observation;
import jp.cityplan.domain.indicator.ObservationEntry;
import jp.cityplan.domain.plan.PlanId;
import jp.cityplan.domain.shared.FiscalYear;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;

/** An entered indicator value as an {@code indicator_observation_entry} row and back. */
@Mapper(config = SharedMapperConfig.class)
interface ObservationEntryMapper {

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "planId", source = "plan.value")
    @Mapping(target = "indicatorId", source = "indicator.value")
    @Mapping(target = "seriesKey", source = "observation.seriesKey")
    @Mapping(target = "fiscalYear", source = "observation.fiscalYear.year")
    @Mapping(target = "amount", source = "observation.value")
    @Mapping(target = "amountScale", expression = "java(ObservationEntryMapper.scaleOf(entry.observation().value()))")
    void copy(ObservationEntry entry, @MappingTarget ObservationEntryEntity row);

    /** The scale to keep: what was given, within the column's 0 to 4 decimals. */
    static int scaleOf(java.math.BigDecimal value) {
        return Math.max(0, Math.min(4, value.scale()));
    }

    default ObservationEntry toEntry(ObservationEntryEntity row) {
        return new ObservationEntry(new PlanId(row.getPlanId()), new IndicatorId(row.getIndicatorId()),
                new Observation(row.getSeriesKey(), FiscalYear.of(row.getFiscalYear()),
                        row.getAmount().setScale(row.getAmountScale(), java.math.RoundingMode.HALF_UP)),
                row.getSource(), row.getEnteredBy(), row.getEnteredAt());
    }
}
