package jp.cityplan.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The city's comprehensive plan and the citizen processes that serve it, in one Spring Boot application. */
/* The workflow's delegates are beans named in the models: the app scans their package too. */
@SpringBootApplication(scanBasePackages = {"jp.cityplan.app", "jp.cityplan.workflow"})
public class PlanApplication {

    public static void main(String[] args) {
        SpringApplication.run(PlanApplication.class, args);
    }
}
