package jp.cityplan.domain.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The domain's main classes keep out of every framework. ArchUnit's default {@code failOnEmptyShould} makes a rule
 * fail if the import found no domain class, so these cannot pass by looking at nothing.
 */
@AnalyzeClasses(packages = "jp.cityplan.domain", importOptions = ImportOption.DoNotIncludeTests.class)
class DomainPurityTest {

    @ArchTest
    static final ArchRule no_domain_class_depends_on_spring_camunda_jpa_hibernate_or_jackson =
            DomainRules.NO_FRAMEWORKS_IN_DOMAIN;

    @ArchTest
    static final ArchRule domain_classes_depend_only_on_the_domain_java_and_lombok =
            DomainRules.DOMAIN_DEPENDS_ONLY_ON_ITSELF_JAVA_AND_LOMBOK;
}
