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
import jp.cityplan.domain.publicworks.EvaluationState;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/** A row of {@code public_works_evaluation}: one evaluation with its sheet, policy, opinion and decision. */
@Entity
@Table(name = "public_works_evaluation")
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PACKAGE)
class PublicWorksEvaluationEntity {

    @Id
    private String reference;

    @Column(name = "project_id")
    private String projectId;

    @Enumerated(EnumType.STRING)
    private EvaluationStage stage;

    private Integer cycle;

    @Column(name = "trigger_reason")
    private String triggerReason;

    @Enumerated(EnumType.STRING)
    private EvaluationState state;

    @Column(name = "change_of_circumstances")
    private String changeOfCircumstances;

    @Column(name = "necessity_score")
    private Integer necessityScore;

    private String necessity;

    @Column(name = "effectiveness_score")
    private Integer effectivenessScore;

    private String effectiveness;

    private String efficiency;

    @Column(name = "progress_score")
    private Integer progressScore;

    @Column(name = "progress_and_outlook")
    private String progressAndOutlook;

    @Column(name = "cost_reduction")
    private String costReduction;

    @Column(name = "non_monetary_effects")
    private String nonMonetaryEffects;

    @Column(name = "user_benefits_yen")
    private BigDecimal userBenefitsYen;

    @Column(name = "other_benefits_yen")
    private BigDecimal otherBenefitsYen;

    @Column(name = "construction_cost_yen")
    private BigDecimal constructionCostYen;

    @Column(name = "maintenance_cost_yen")
    private BigDecimal maintenanceCostYen;

    /** Stored for queries and reports; always recomputed by the domain from the four amounts. */
    @Column(name = "benefit_cost_ratio")
    private BigDecimal benefitCostRatio;

    @Column(name = "expected_completion_on")
    private LocalDate expectedCompletionOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_decision")
    private EvaluationDecision proposedDecision;

    @Enumerated(EnumType.STRING)
    @Column(name = "policy_decision")
    private EvaluationDecision policyDecision;

    @Column(name = "policy_reasons")
    private String policyReasons;

    @Enumerated(EnumType.STRING)
    @Column(name = "opinion_decision")
    private EvaluationDecision opinionDecision;

    @Column(name = "opinion_text")
    private String opinionText;

    @Column(name = "site_visited")
    private Boolean siteVisited;

    @Enumerated(EnumType.STRING)
    private EvaluationDecision decision;

    @Column(name = "deviation_reason")
    private String deviationReason;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "published_on")
    private LocalDate publishedOn;

    @Version
    @Setter(AccessLevel.NONE)
    private Long version;
}
