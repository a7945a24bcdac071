package jp.cityplan.app.adapter.in.organisation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import jp.cityplan.app.adapter.out.identity.CamundaOrganisationSync;
import jp.cityplan.app.adapter.out.identity.CamundaRoleGrants;
import jp.cityplan.app.config.OrganisationProperties;
import jp.cityplan.domain.organisation.Organisation;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On start, brings the engine's groups (and, in a demo, its users) in line with the organisation file. Existing
 * groups and users are kept as they are: staff changes made in Admin are never undone by a restart.
 */
@Slf4j
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
@RequiredArgsConstructor
public class OrganisationLoader implements ApplicationRunner {

    private final OrganisationProperties properties;
    private final OrganisationFileReader reader;
    private final CamundaOrganisationSync sync;
    private final CamundaRoleGrants roleGrants;

    @Override
    public void run(ApplicationArguments args) {
        String name = properties.file().getFilename();
        try (InputStream content = properties.file().getInputStream()) {
            Organisation organisation = reader.read(name, content);
            int groups = sync.ensureGroups(organisation);
            int users = properties.demoUsers() ? sync.ensureDemoStaff(organisation, properties.demoPassword()) : 0;
            int filters = sync.ensureTasklistFilters();
            int grants = roleGrants.ensureGrants(organisation);
            log.info("Organisation file {}: {} groups, {} demo users, {} Tasklist filters, {} grants created",
                    name, groups, users, filters, grants);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read organisation file " + name, e);
        }
    }
}
