package jp.cityplan.app.application.proposal;

import jp.cityplan.app.postgres.RequiresPostgres;
import jp.cityplan.app.postgres.TestPostgres;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link ProposalIntakeTest} again on PostgreSQL 15 (profile {@code postgres}, a new empty database): idempotency keys
 * meet at PostgreSQL's primary key, whose error aborts the transaction.
 */
@RequiresPostgres
@ActiveProfiles("postgres")
class ProposalIntakeOnPostgresTest extends ProposalIntakeTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.useNewDatabase(registry, "intake");
    }
}
