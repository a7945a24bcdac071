package jp.cityplan.app.adapter.in.planfile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import jp.cityplan.app.config.PlanProperties;
import jp.cityplan.domain.plan.ComprehensivePlan;
import jp.cityplan.domain.plan.PlanRegistration;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Registers the configured plan files ({@code plan.seed-files}) on start, each once: a restart loads nothing twice.
 * A broken file stops the start with the file, place and reason of every error.
 */
@Slf4j
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@RequiredArgsConstructor
public class SeedPlanLoader implements ApplicationRunner {

    private final PlanProperties properties;
    private final PlanFileReader reader;
    private final PlanRegistration registration;

    @Override
    public void run(ApplicationArguments args) {
        properties.seedFiles().forEach(this::load);
    }

    void load(Resource file) {
        String name = file.getFilename();
        try (InputStream content = file.getInputStream()) {
            ComprehensivePlan plan = reader.read(name, content);
            PlanRegistration.Outcome outcome = registration.registerIfAbsent(plan);
            log.info("Plan file {}: plan {} {}", name, plan.id(),
                    outcome == PlanRegistration.Outcome.REGISTERED ? "registered" : "already registered, left as it is");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read plan file " + name, e);
        }
    }
}
