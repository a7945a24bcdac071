package jp.cityplan.app.adapter.out.persistence.proposal;

import jp.cityplan.app.postgres.RequiresPostgres;
import jp.cityplan.app.postgres.TestPostgres;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link JpaCitizenProposalsTest} again on PostgreSQL 15 (profile {@code postgres}, a new empty database): the same
 * schema, receipt numbers and row locks.
 */
@RequiresPostgres
@ActiveProfiles("postgres")
class JpaCitizenProposalsOnPostgresTest extends JpaCitizenProposalsTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.useNewDatabase(registry, "proposals");
    }
}
