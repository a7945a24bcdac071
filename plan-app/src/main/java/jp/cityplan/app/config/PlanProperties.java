package jp.cityplan.app.config;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * Settings under {@code plan.*}.
 *
 * @param dataDir   where the embedded H2 database keeps its files
 * @param seedFiles plan files registered on start when their plan id is not stored yet
 */
@ConfigurationProperties("plan")
public record PlanProperties(String dataDir, List<Resource> seedFiles) {

    public PlanProperties {
        seedFiles = seedFiles == null ? List.of() : List.copyOf(seedFiles);
    }
}
