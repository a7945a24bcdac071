package jp.cityplan.app.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * Settings under {@code organisation.*}.
 *
 * @param file         the organisation file (departments, divisions, roles, demo staff)
 * @param demoUsers    whether the file's staff are created as users (the demo; off in production)
 * @param demoPassword the password every demo user gets
 */
@ConfigurationProperties("organisation")
public record OrganisationProperties(Resource file, boolean demoUsers, String demoPassword) {
}
