package jp.cityplan.app.adapter.in.web.proposal;

import jp.cityplan.app.postgres.RequiresPostgres;
import jp.cityplan.app.postgres.TestPostgres;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link ProposalFullStackTest} again on PostgreSQL 15 (profile {@code postgres}, a new empty database): the whole app
 * over HTTP.
 */
@RequiresPostgres
@ActiveProfiles("postgres")
class ProposalFullStackOnPostgresTest extends ProposalFullStackTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.useNewDatabase(registry, "web");
    }
}
