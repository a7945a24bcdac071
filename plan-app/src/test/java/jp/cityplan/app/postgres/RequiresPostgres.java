package jp.cityplan.app.postgres;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that runs against PostgreSQL ({@link TestPostgres}): skipped, with the reason, where no server
 * answers; failed instead when {@code PLAN_REQUIRE_EXTERNAL_TOOLS=true}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(PostgresCondition.class)
public @interface RequiresPostgres {
}
