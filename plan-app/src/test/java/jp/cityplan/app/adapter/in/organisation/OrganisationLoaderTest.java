package jp.cityplan.app.adapter.in.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import jp.cityplan.app.adapter.out.identity.CamundaOrganisationSync;
import jp.cityplan.app.config.OrganisationProperties;
import jp.cityplan.domain.organisation.Organisation;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The shipped organisation file becomes the engine's groups, demo users and Tasklist filters, once. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:organisation;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false"})
class OrganisationLoaderTest {

    @Autowired
    IdentityService identityService;

    @Autowired
    FilterService filterService;

    @Autowired
    OrganisationLoader loader;

    @Autowired
    CamundaOrganisationSync sync;

    @Autowired
    OrganisationProperties properties;

    @Test
    void every_division_has_a_staff_group_and_a_heads_group() {
        assertThat(identityService.createGroupQuery().groupId("div-public-relations").singleResult().getName())
                .isEqualTo("広報広聴課");
        assertThat(identityService.createGroupQuery().groupId("div-public-relations-heads").singleResult().getName())
                .isEqualTo("広報広聴課（課長）");
        assertThat(identityService.createGroupQuery().groupId("public-hearing").count()).isEqualTo(1);
        assertThat(identityService.createGroupQuery().groupId("final-approvers").count()).isEqualTo(1);
    }

    @Test
    void demo_users_belong_only_to_the_groups_of_their_role() {
        assertThat(identityService.checkPassword("koho", "demo")).isTrue();
        assertThat(identityService.createGroupQuery().groupMember("koho").list())
                .extracting(g -> g.getId()).containsExactly("div-public-relations");
        assertThat(identityService.createGroupQuery().groupMember("koho-kacho").list())
                .extracting(g -> g.getId()).containsExactly("div-public-relations-heads");
        assertThat(identityService.createGroupQuery().groupMember("kocho").list())
                .extracting(g -> g.getId()).containsExactly("public-hearing");
    }

    @Test
    void the_tasklist_filters_exist_once_and_a_second_run_creates_nothing() throws Exception {
        assertThat(filterService.createFilterQuery().list()).extracting(Filter::getName)
                .contains("自課の案件", "自分のタスク", "受付待ち", "期限超過");
        long before = filterService.createFilterQuery().count();

        loader.run(null);

        assertThat(filterService.createFilterQuery().count()).isEqualTo(before);
        try (var in = properties.file().getInputStream()) {
            Organisation organisation = new OrganisationFileReader().read("x", in);
            assertThat(sync.ensureGroups(organisation)).isZero();
            assertThat(sync.ensureDemoStaff(organisation, "demo")).isZero();
        }
    }

    @Test
    void a_member_naming_an_unknown_group_is_refused_with_the_file_name() {
        String broken = """
                formatVersion: 1
                departments: []
                roles: [{id: public-hearing, name: 広聴担当}]
                staff:
                  - {id: someone, familyName: 誰, givenName: か, email: a@b.example, groups: [no-such-group]}
                """;
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new OrganisationFileReader()
                        .read("broken.yaml", new java.io.ByteArrayInputStream(broken.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .hasMessageContaining("broken.yaml").hasMessageContaining("no-such-group");
    }
}
