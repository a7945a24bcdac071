package jp.cityplan.app.adapter.out.persistence.evaluation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/** A row of {@code indicator_observation_entry}: a value staff entered, with its source and who entered it. */
@Entity
@Table(name = "indicator_observation_entry")
@Getter
@Setter
@NoArgsConstructor
class ObservationEntryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String planId;

    private String indicatorId;

    private String seriesKey;

    private int fiscalYear;

    private BigDecimal amount;

    /** The scale the value was given with; {@code amount} comes back with the column's scale. */
    private int amountScale;

    private String source;

    private String enteredBy;

    private Instant enteredAt;
}
