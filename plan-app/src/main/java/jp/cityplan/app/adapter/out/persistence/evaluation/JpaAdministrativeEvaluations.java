package jp.cityplan.app.adapter.out.persistence.evaluation;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.cityplan.domain.evaluation.AdministrativeEvaluation;
import jp.cityplan.domain.evaluation.AdministrativeEvaluations;
import jp.cityplan.domain.evaluation.Assessment;
import jp.cityplan.domain.evaluation.Cost;
import jp.cityplan.domain.evaluation.Criterion;
import jp.cityplan.domain.evaluation.EvaluationId;
import jp.cityplan.domain.evaluation.EvaluationSheet;
import jp.cityplan.domain.evaluation.FundingSource;
import jp.cityplan.domain.evaluation.PerformanceIndicator;
import jp.cityplan.domain.evaluation.Purpose;
import jp.cityplan.domain.evaluation.Score;
import jp.cityplan.domain.plan.InitiativeCode;
import jp.cityplan.domain.plan.PlanId;
import jp.cityplan.domain.shared.FiscalYear;
import lombok.RequiredArgsConstructor;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evaluations in {@code evaluation_sheet} and {@code evaluation_indicator}. A known evaluation is stored only
 * where its row still has the version it was read with (else a 409 for the caller); the indicators are mapped by
 * MapStruct, the flat sheet columns here, where the domain's named factories build the aggregate.
 */
@Component
@RequiredArgsConstructor
@Transactional
public class JpaAdministrativeEvaluations implements AdministrativeEvaluations {

    private final EvaluationSheetRepository sheets;
    private final EvaluationRowMapper rows;
    private final Clock clock;

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    @Transactional(readOnly = true)
    public Optional<AdministrativeEvaluation> findById(EvaluationId id) {
        return sheets.findById(id.value()).map(this::toDomain);
    }

    @Override
    @Transactional(readOnly = true)
    public List<AdministrativeEvaluation> ofPlan(PlanId plan) {
        return sheets.findByPlanIdOrderByFiscalYearAscInitiativeCodeAsc(plan.value()).stream().map(this::toDomain)
                .toList();
    }

    @Override
    public void save(AdministrativeEvaluation evaluation) {
        Optional<EvaluationSheetEntity> stored = sheets.findById(evaluation.id().value());
        if (stored.isPresent() && stored.get().getVersion() != evaluation.version()) {
            throw new ObjectOptimisticLockingFailureException(EvaluationSheetEntity.class, evaluation.id().value());
        }
        EvaluationSheetEntity row = stored.orElseGet(EvaluationSheetEntity::new);
        copy(evaluation, row);
        if (stored.isEmpty()) {
            entityManager.persist(row);
        }
        entityManager.flush();
    }

    private void copy(AdministrativeEvaluation evaluation, EvaluationSheetEntity row) {
        row.setId(evaluation.id().value());
        row.setPlanId(evaluation.plan().value());
        row.setInitiativeCode(evaluation.initiative().value());
        row.setFiscalYear(evaluation.fiscalYear().year());
        row.setOwnerDivision(evaluation.ownerDivision());
        row.setState(evaluation.state());
        row.setReturnReason(evaluation.returnReason().orElse(null));
        row.setUpdatedAt(clock.instant());
        evaluation.sheet().ifPresent(sheet -> copy(sheet, row));
    }

    private void copy(EvaluationSheet sheet, EvaluationSheetEntity row) {
        row.setObjective(sheet.purpose().objective());
        row.setTargetGroup(sheet.purpose().target());
        row.setIntent(sheet.purpose().intent());
        row.setMeans(sheet.purpose().means());
        row.setCostNationalYen(yen(sheet.cost(), FundingSource.NATIONAL));
        row.setCostPrefecturalYen(yen(sheet.cost(), FundingSource.PREFECTURAL));
        row.setCostMunicipalBondYen(yen(sheet.cost(), FundingSource.MUNICIPAL_BOND));
        row.setCostOtherYen(yen(sheet.cost(), FundingSource.OTHER));
        row.setCostGeneralYen(yen(sheet.cost(), FundingSource.GENERAL));
        row.setStaffYears(sheet.cost().staffYears());
        row.setScoreNecessity(sheet.assessment().scoreOf(Criterion.NECESSITY).value());
        row.setScoreEffectiveness(sheet.assessment().scoreOf(Criterion.EFFECTIVENESS).value());
        row.setScoreEfficiency(sheet.assessment().scoreOf(Criterion.EFFICIENCY).value());
        row.setScoreFairness(sheet.assessment().scoreOf(Criterion.FAIRNESS).value());
        row.setScoreAchievement(sheet.assessment().scoreOf(Criterion.ACHIEVEMENT).value());
        row.setDirection(sheet.direction());
        row.setRemarks(sheet.remarks());
        row.getIndicators().clear();
        sheet.indicators().stream().map(rows::toRow).forEach(row.getIndicators()::add);
    }

    private static BigDecimal yen(Cost cost, FundingSource source) {
        return BigDecimal.valueOf(cost.amountFrom(source));
    }

    private AdministrativeEvaluation toDomain(EvaluationSheetEntity row) {
        return AdministrativeEvaluation.restore(new EvaluationId(row.getId()), new PlanId(row.getPlanId()),
                new InitiativeCode(row.getInitiativeCode()), FiscalYear.of(row.getFiscalYear()), row.getOwnerDivision(),
                row.getState(), row.getDirection() == null ? null : sheet(row), row.getReturnReason(), row.getVersion());
    }

    private EvaluationSheet sheet(EvaluationSheetEntity row) {
        Map<FundingSource, Long> cost = new EnumMap<>(FundingSource.class);
        cost.put(FundingSource.NATIONAL, row.getCostNationalYen().longValueExact());
        cost.put(FundingSource.PREFECTURAL, row.getCostPrefecturalYen().longValueExact());
        cost.put(FundingSource.MUNICIPAL_BOND, row.getCostMunicipalBondYen().longValueExact());
        cost.put(FundingSource.OTHER, row.getCostOtherYen().longValueExact());
        cost.put(FundingSource.GENERAL, row.getCostGeneralYen().longValueExact());
        Map<Criterion, Score> scores = new EnumMap<>(Criterion.class);
        scores.put(Criterion.NECESSITY, new Score(row.getScoreNecessity()));
        scores.put(Criterion.EFFECTIVENESS, new Score(row.getScoreEffectiveness()));
        scores.put(Criterion.EFFICIENCY, new Score(row.getScoreEfficiency()));
        scores.put(Criterion.FAIRNESS, new Score(row.getScoreFairness()));
        scores.put(Criterion.ACHIEVEMENT, new Score(row.getScoreAchievement()));
        List<PerformanceIndicator> indicators = row.getIndicators().stream().map(rows::toIndicator)
                .map(i -> new PerformanceIndicator(i.kind(), i.name(), i.unit(), EvaluationRowMapper.plain(i.target()),
                        EvaluationRowMapper.plain(i.actual())))
                .toList();
        return new EvaluationSheet(new Purpose(row.getObjective(), row.getTargetGroup(), row.getIntent(), row.getMeans()),
                indicators, new Cost(cost, EvaluationRowMapper.plain(row.getStaffYears())), new Assessment(scores),
                row.getDirection(), row.getRemarks());
    }
}
