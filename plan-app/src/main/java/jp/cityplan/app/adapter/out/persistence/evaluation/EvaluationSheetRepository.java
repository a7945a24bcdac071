package jp.cityplan.app.adapter.out.persistence.evaluation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface EvaluationSheetRepository extends JpaRepository<EvaluationSheetEntity, String> {

    List<EvaluationSheetEntity> findByPlanIdOrderByFiscalYearAscInitiativeCodeAsc(String planId);
}
