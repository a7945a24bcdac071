package jp.cityplan.app.evaluation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import jp.cityplan.app.config.security.CurrentEngineExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole app on an in-memory H2 of its own, shared by the evaluation, dashboard, import and open-data tests (one
 * Spring context for all of them); the job executor is off, tests drive the engine themselves; CSV imports run within the request. Metrics are exported
 * (the Prometheus endpoint is part of what is tested).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:evaluation-app;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false",
        "imports.background=false"})
@AutoConfigureMockMvc
@AutoConfigureObservability(tracing = false)
@ExtendWith(CurrentEngineExtension.class)
public @interface EvaluationAppTest {
}
