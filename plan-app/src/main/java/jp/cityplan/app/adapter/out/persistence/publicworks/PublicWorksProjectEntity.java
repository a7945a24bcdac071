package jp.cityplan.app.adapter.out.persistence.publicworks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import jp.cityplan.domain.publicworks.EvaluationDecision;
import jp.cityplan.domain.publicworks.EvaluationStage;
import jp.cityplan.domain.publicworks.Funding;
import jp.cityplan.domain.publicworks.ProjectKind;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/** A row of {@code public_works_project}: one entry of the register with its last evaluation. */
@Entity
@Table(name = "public_works_project")
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PACKAGE)
class PublicWorksProjectEntity {

    @Id
    @Column(name = "project_id")
    private String projectId;

    private String name;

    @Column(name = "owning_division")
    private String owningDivision;

    @Enumerated(EnumType.STRING)
    private ProjectKind kind;

    @Enumerated(EnumType.STRING)
    private Funding funding;

    private String initiative;

    @Column(name = "adopted_fiscal_year")
    private Integer adoptedFiscalYear;

    @Column(name = "work_started_on")
    private LocalDate workStartedOn;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @Column(name = "total_cost_yen")
    private BigDecimal totalCostYen;

    @Column(name = "maintenance_cost_yen")
    private BigDecimal maintenanceCostYen;

    @Column(name = "expected_benefits")
    private String expectedBenefits;

    @Column(name = "circumstances_changed")
    private boolean circumstancesChanged;

    @Enumerated(EnumType.STRING)
    @Column(name = "last_stage")
    private EvaluationStage lastStage;

    @Column(name = "last_cycle")
    private Integer lastCycle;

    @Enumerated(EnumType.STRING)
    @Column(name = "last_decision")
    private EvaluationDecision lastDecision;

    /** Optimistic lock: null until stored (Hibernate then starts it at 0). */
    @Version
    @Setter(AccessLevel.NONE)
    private Long version;
}
