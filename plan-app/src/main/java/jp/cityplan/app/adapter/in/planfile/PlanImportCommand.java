package jp.cityplan.app.adapter.in.planfile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jp.cityplan.domain.plan.ComprehensivePlan;
import jp.cityplan.domain.plan.PlanAlreadyRegisteredException;
import jp.cityplan.domain.plan.PlanRegistration;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The staff command that imports another plan file: {@code java -jar plan-app.jar --import-plan=FILE}. It validates
 * the file like the shipped one, registers it, prints the outcome and exits (0 registered, 2 refused).
 */
@Slf4j
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
@RequiredArgsConstructor
public class PlanImportCommand implements ApplicationRunner {

    static final String OPTION = "import-plan";
    static final int REFUSED = 2;

    private final PlanFileReader reader;
    private final PlanRegistration registration;
    private final ApplicationContext context;

    @Override
    public void run(ApplicationArguments args) {
        List<String> files = args.getOptionValues(OPTION);
        if (files == null || files.isEmpty()) {
            return;
        }
        int exitCode = files.stream().mapToInt(file -> importFile(Path.of(file))).max().orElse(0);
        ExitCodeGenerator code = () -> exitCode;
        System.exit(SpringApplication.exit(context, code));
    }

    int importFile(Path file) {
        try (InputStream content = Files.newInputStream(file)) {
            ComprehensivePlan plan = reader.read(file.getFileName().toString(), content);
            registration.register(plan);
            log.info("Plan file {}: plan {} registered", file, plan.id());
            return 0;
        } catch (PlanFileException | PlanAlreadyRegisteredException e) {
            log.error("Plan file {} refused, nothing stored: {}", file, e.getMessage());
            return REFUSED;
        } catch (IOException e) {
            log.error("Plan file {} cannot be read: {}", file, e.getMessage());
            return REFUSED;
        }
    }
}
