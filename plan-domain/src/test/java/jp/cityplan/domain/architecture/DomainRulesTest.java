package jp.cityplan.domain.architecture;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import jp.cityplan.domain.architecture.fixture.LeakyValue;
import jp.cityplan.domain.shared.FiscalYear;
import org.junit.jupiter.api.Test;

/** Proves the dependency rules bite: a class that leaks outside the whitelist fails them, a clean one passes. */
class DomainRulesTest {

    @Test
    void whitelist_rule_fails_for_a_domain_class_that_depends_on_a_library_outside_the_whitelist() {
        JavaClasses leaky = new ClassFileImporter().importClasses(LeakyValue.class);

        assertThatThrownBy(() -> DomainRules.DOMAIN_DEPENDS_ONLY_ON_ITSELF_JAVA_AND_LOMBOK.check(leaky))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(LeakyValue.class.getName())
                .hasMessageContaining("org.assertj.core.api.Assertions");
    }

    @Test
    void whitelist_rule_passes_for_a_domain_class_that_depends_only_on_the_domain_and_java() {
        JavaClasses clean = new ClassFileImporter().importClasses(FiscalYear.class);

        assertThatCode(() -> DomainRules.DOMAIN_DEPENDS_ONLY_ON_ITSELF_JAVA_AND_LOMBOK.check(clean))
                .doesNotThrowAnyException();
    }
}
