package jp.cityplan.app.adapter.out.persistence.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/** A row of {@code plan_target}: a value a series should reach by a fiscal year. */
@Entity
@Table(name = "plan_target")
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class TargetEntity extends PlanPartEntity {

    private String indicatorId;

    private String seriesKey;

    private int fiscalYear;

    private BigDecimal amount;

    /** The scale the value was given with; {@code amount} comes back with the column's scale. */
    private int amountScale;
}
