package jp.cityplan.app.privacy;

import jp.cityplan.app.postgres.RequiresPostgres;
import jp.cityplan.app.postgres.TestPostgres;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link PersonalDataMarkerTest} again on PostgreSQL 15 (profile {@code postgres}, a new empty database): the proposal
 * process through intake, drafting and mails with the engine on PostgreSQL, no personal data in its tables.
 */
@RequiresPostgres
@ActiveProfiles("postgres")
class PersonalDataMarkerOnPostgresTest extends PersonalDataMarkerTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.useNewDatabase(registry, "privacy");
    }
}
