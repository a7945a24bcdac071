package jp.cityplan.app.adapter.out.persistence.plan;

import java.util.List;
import org.springframework.data.repository.NoRepositoryBean;
import org.springframework.data.repository.Repository;

/** The rows of one table of a plan's tree; read a whole plan's rows at once, in printed order within each parent. */
@NoRepositoryBean
interface PlanPartRepository<T extends PlanPartEntity> extends Repository<T, Long> {

    List<T> findByPlanIdOrderByPosition(String planId);

    <S extends T> List<S> saveAll(Iterable<S> rows);
}
