package jp.cityplan.app.adapter.out.persistence.plan;

import jp.cityplan.app.postgres.RequiresPostgres;
import jp.cityplan.app.postgres.TestPostgres;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link JpaComprehensivePlansTest} again on PostgreSQL 15 (profile {@code postgres}, a new empty database): the same
 * schema, constraints and concurrent adds.
 */
@RequiresPostgres
@ActiveProfiles("postgres")
class JpaComprehensivePlansOnPostgresTest extends JpaComprehensivePlansTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.useNewDatabase(registry, "plans");
    }
}
