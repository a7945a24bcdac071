package jp.cityplan.app.adapter.out.persistence.evaluation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import jp.cityplan.domain.evaluation.Direction;
import jp.cityplan.domain.evaluation.EvaluationState;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import org.hibernate.annotations.ListIndexBase;

/** A row of {@code evaluation_sheet} with its indicators from {@code evaluation_indicator}. */
@Entity
@Table(name = "evaluation_sheet")
@Getter
@Setter
@NoArgsConstructor
class EvaluationSheetEntity {

    @Id
    private String id;

    private String planId;

    private String initiativeCode;

    private int fiscalYear;

    private String ownerDivision;

    @Enumerated(EnumType.STRING)
    private EvaluationState state;

    private String objective;

    private String targetGroup;

    private String intent;

    private String means;

    private BigDecimal costNationalYen;

    private BigDecimal costPrefecturalYen;

    private BigDecimal costMunicipalBondYen;

    private BigDecimal costOtherYen;

    private BigDecimal costGeneralYen;

    private BigDecimal staffYears;

    private Integer scoreNecessity;

    private Integer scoreEffectiveness;

    private Integer scoreEfficiency;

    private Integer scoreFairness;

    private Integer scoreAchievement;

    @Enumerated(EnumType.STRING)
    private Direction direction;

    private String remarks;

    private String returnReason;

    private Instant updatedAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "evaluation_indicator", joinColumns = @JoinColumn(name = "evaluation_id"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    private List<EvaluationIndicatorRow> indicators = new ArrayList<>();
}
