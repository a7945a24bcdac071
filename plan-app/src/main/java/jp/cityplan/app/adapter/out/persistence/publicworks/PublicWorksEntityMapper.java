package jp.cityplan.app.adapter.out.persistence.publicworks;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import jp.cityplan.app.config.SharedMapperConfig;
import jp.cityplan.domain.plan.InitiativeCode;
import jp.cityplan.domain.publicworks.Assessment;
import jp.cityplan.domain.publicworks.BenefitCost;
import jp.cityplan.domain.publicworks.CityDecision;
import jp.cityplan.domain.publicworks.CommitteeOpinion;
import jp.cityplan.domain.publicworks.DraftPolicy;
import jp.cityplan.domain.publicworks.EvaluationReference;
import jp.cityplan.domain.publicworks.EvaluationSheet;
import jp.cityplan.domain.publicworks.EvaluationSnapshot;
import jp.cityplan.domain.publicworks.LastEvaluation;
import jp.cityplan.domain.publicworks.NonMonetaryEffect;
import jp.cityplan.domain.publicworks.ProjectId;
import jp.cityplan.domain.publicworks.ProjectSnapshot;
import jp.cityplan.domain.publicworks.Yen;
import jp.cityplan.domain.shared.FiscalYear;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.mapstruct.Named;

/**
 * Register entries and evaluations as rows and back. The rows' versions are the JPA locks' own: never written from a
 * snapshot, only read into one. B/C is stored for reports but always recomputed by the domain when read.
 */
@Mapper(config = SharedMapperConfig.class)
interface PublicWorksEntityMapper {

    String EFFECT_SEPARATOR = ",";

    @Mapping(target = "projectId", source = "id.value")
    @Mapping(target = "initiative", source = "initiative.value")
    @Mapping(target = "adoptedFiscalYear", source = "adoptedIn.year")
    @Mapping(target = "totalCostYen", source = "totalCost.amount")
    @Mapping(target = "maintenanceCostYen", source = "maintenanceCost.amount")
    @Mapping(target = "lastStage", source = "lastEvaluation.stage")
    @Mapping(target = "lastCycle", source = "lastEvaluation.cycle.year")
    @Mapping(target = "lastDecision", source = "lastEvaluation.decision")
    @Mapping(target = "version", ignore = true)
    void copy(ProjectSnapshot snapshot, @MappingTarget PublicWorksProjectEntity row);

    default ProjectSnapshot toSnapshot(PublicWorksProjectEntity row) {
        LastEvaluation last = row.getLastStage() == null ? null
                : new LastEvaluation(row.getLastStage(), FiscalYear.of(row.getLastCycle()), row.getLastDecision());
        return new ProjectSnapshot(new ProjectId(row.getProjectId()), row.getName(), row.getOwningDivision(),
                row.getKind(), row.getFunding(), new InitiativeCode(row.getInitiative()),
                FiscalYear.of(row.getAdoptedFiscalYear()), row.getWorkStartedOn(), row.getCompletedOn(),
                yen(row.getTotalCostYen()), yen(row.getMaintenanceCostYen()), row.getExpectedBenefits(),
                row.isCircumstancesChanged(), last, row.getVersion());
    }

    @Mapping(target = "reference", source = "reference.value")
    @Mapping(target = "projectId", source = "projectId.value")
    @Mapping(target = "cycle", source = "cycle.year")
    @Mapping(target = "triggerReason", source = "trigger")
    @Mapping(target = "changeOfCircumstances", source = "sheet.changeOfCircumstances")
    @Mapping(target = "necessityScore", source = "sheet.necessity.score")
    @Mapping(target = "necessity", source = "sheet.necessity.remarks")
    @Mapping(target = "effectivenessScore", source = "sheet.effectiveness.score")
    @Mapping(target = "effectiveness", source = "sheet.effectiveness.remarks")
    @Mapping(target = "efficiency", source = "sheet.efficiency")
    @Mapping(target = "progressScore", source = "sheet.progressAndOutlook.score")
    @Mapping(target = "progressAndOutlook", source = "sheet.progressAndOutlook.remarks")
    @Mapping(target = "costReduction", source = "sheet.costReductionOrAlternatives")
    @Mapping(target = "nonMonetaryEffects", source = "sheet.nonMonetaryEffects", qualifiedByName = "effectsColumn")
    @Mapping(target = "userBenefitsYen", source = "sheet.benefitCost.userBenefits.amount")
    @Mapping(target = "otherBenefitsYen", source = "sheet.benefitCost.otherBenefits.amount")
    @Mapping(target = "constructionCostYen", source = "sheet.benefitCost.constructionCost.amount")
    @Mapping(target = "maintenanceCostYen", source = "sheet.benefitCost.maintenanceCost.amount")
    @Mapping(target = "benefitCostRatio", source = "sheet", qualifiedByName = "ratio")
    @Mapping(target = "expectedCompletionOn", source = "sheet.expectedCompletionOn")
    @Mapping(target = "policyDecision", source = "draftPolicy.decision")
    @Mapping(target = "policyReasons", source = "draftPolicy.reasons")
    @Mapping(target = "opinionDecision", source = "opinion.decision")
    @Mapping(target = "opinionText", source = "opinion.text")
    @Mapping(target = "siteVisited", source = "opinion.siteVisited")
    @Mapping(target = "decision", source = "decision.decision")
    @Mapping(target = "deviationReason", source = "decision.deviationReason")
    @Mapping(target = "decidedOn", source = "decision.decidedOn")
    @Mapping(target = "version", ignore = true)
    void copy(EvaluationSnapshot snapshot, @MappingTarget PublicWorksEvaluationEntity row);

    default EvaluationSnapshot toSnapshot(PublicWorksEvaluationEntity row) {
        EvaluationSheet sheet = row.getChangeOfCircumstances() == null ? null : new EvaluationSheet(
                row.getChangeOfCircumstances(), new Assessment(row.getNecessityScore(), row.getNecessity()),
                new Assessment(row.getEffectivenessScore(), row.getEffectiveness()), row.getEfficiency(),
                new Assessment(row.getProgressScore(), row.getProgressAndOutlook()), row.getCostReduction(),
                effects(row.getNonMonetaryEffects()),
                new BenefitCost(yen(row.getUserBenefitsYen()), yen(row.getOtherBenefitsYen()),
                        yen(row.getConstructionCostYen()), yen(row.getMaintenanceCostYen())),
                row.getExpectedCompletionOn());
        DraftPolicy policy = row.getPolicyDecision() == null ? null
                : new DraftPolicy(row.getPolicyDecision(), row.getPolicyReasons());
        CommitteeOpinion opinion = row.getOpinionDecision() == null ? null
                : new CommitteeOpinion(row.getOpinionDecision(), row.getOpinionText(),
                Boolean.TRUE.equals(row.getSiteVisited()));
        CityDecision decision = row.getDecision() == null ? null
                : new CityDecision(row.getDecision(), row.getDeviationReason(), row.getDecidedOn());
        return new EvaluationSnapshot(new EvaluationReference(row.getReference()), new ProjectId(row.getProjectId()),
                row.getStage(), FiscalYear.of(row.getCycle()), row.getTriggerReason(), row.getState(), sheet,
                row.getProposedDecision(), policy, opinion, decision, row.getPublishedOn(), row.getVersion());
    }

    @Named("effectsColumn")
    default String effectsColumn(Set<NonMonetaryEffect> effects) {
        if (effects == null) {
            return null;
        }
        return effects.stream().sorted().map(Enum::name).collect(Collectors.joining(EFFECT_SEPARATOR));
    }

    @Named("ratio")
    default BigDecimal ratio(EvaluationSheet sheet) {
        return sheet == null ? null : sheet.benefitCostRatio();
    }

    static Set<NonMonetaryEffect> effects(String column) {
        if (column == null || column.isBlank()) {
            return Set.of();
        }
        Set<NonMonetaryEffect> effects = EnumSet.noneOf(NonMonetaryEffect.class);
        Arrays.stream(column.split(EFFECT_SEPARATOR)).map(NonMonetaryEffect::valueOf).forEach(effects::add);
        return effects;
    }

    static Yen yen(BigDecimal amount) {
        return amount == null ? null : Yen.of(amount.longValueExact());
    }
}
