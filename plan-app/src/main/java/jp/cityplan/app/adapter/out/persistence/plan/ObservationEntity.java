package jp.cityplan.app.adapter.out.persistence.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/** A row of {@code plan_observation}: one value of one series for one fiscal year. */
@Entity
@Table(name = "plan_observation")
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class ObservationEntity extends PlanPartEntity {

    private String indicatorId;

    private String seriesKey;

    private int fiscalYear;

    private BigDecimal amount;

    /** The scale the value was given with; {@code amount} comes back with the column's scale. */
    private int amountScale;

    private Instant recordedAt;
}
