package jp.cityplan.app.config.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import io.github.bucket4j.TimeMeter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Import;

/**
 * The whole app on a real port (the engine's REST API and the webapps are servlets of their own, which MockMvc does
 * not reach) with MockMvc beside it, one context for all security tests. Behind one "proxy": the tests tell clients
 * apart by {@code X-Forwarded-For}, as the city's reverse proxy would, so that one test's throttled client does not
 * throttle another's. The rate limits' clock stands still. The {@code expressionProbe} bean counts how often an expression called it. Each test first
 * makes this context's engine the one the REST API and the webapps find ({@link CurrentEngineExtension}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:security-stack;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false",
        "rate-limit.trusted-proxy-hops=1"})
@AutoConfigureMockMvc
@ExtendWith(CurrentEngineExtension.class)
@Import(SecurityStackTest.Probe.class)
public @interface SecurityStackTest {

    @TestConfiguration(proxyBeanMethods = false)
    class Probe {

        @Bean
        ExpressionProbe expressionProbe() {
            return new ExpressionProbe();
        }

        /**
         * The rate limits' buckets never refill here: a test that sends eleven requests expects the eleventh refused
         * however slowly a loaded machine runs them.
         */
        @Bean
        @Primary
        TimeMeter stillRateLimitClock() {
            long now = System.nanoTime();
            return new TimeMeter() {
                @Override
                public long currentTimeNanos() {
                    return now;
                }

                @Override
                public boolean isWallClockBased() {
                    return false;
                }
            };
        }
    }

    /** A bean an expression could call: counts the calls, standing for any side effect. */
    class ExpressionProbe {

        private final AtomicInteger calls = new AtomicInteger();

        public String mark() {
            calls.incrementAndGet();
            return "probe";
        }

        public int calls() {
            return calls.get();
        }
    }
}
