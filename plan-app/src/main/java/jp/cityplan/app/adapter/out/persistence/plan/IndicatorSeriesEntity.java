package jp.cityplan.app.adapter.out.persistence.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/** A row of {@code plan_indicator_series}: one series of an indicator. */
@Entity
@Table(name = "plan_indicator_series")
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class IndicatorSeriesEntity extends PlanPartEntity {

    private String indicatorId;

    private String seriesKey;

    private String label;
}
