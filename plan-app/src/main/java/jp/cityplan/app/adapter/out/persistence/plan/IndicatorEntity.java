package jp.cityplan.app.adapter.out.persistence.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jp.cityplan.domain.indicator.AsOfRule;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/** A row of {@code plan_indicator}: related data (関連データ), at its position in its approach. */
@Entity
@Table(name = "plan_indicator")
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class IndicatorEntity extends PlanPartEntity {

    private String indicatorId;

    private String approachCode;

    private String title;

    private String unit;

    private String source;

    private String asOf;

    @Enumerated(EnumType.STRING)
    private AsOfRule asOfRule;
}
