package jp.cityplan.domain.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;

/** The dependency rules of the domain, defined once: the build runs them, and a test proves they can fail. */
final class DomainRules {

    static final String DOMAIN = "jp.cityplan.domain..";

    /** Frameworks that belong in plan-workflow or plan-app, never in the model. */
    static final String[] FRAMEWORKS = {
        "org.springframework..",
        "org.camunda..",
        "jakarta.persistence..",
        "javax.persistence..",
        "org.hibernate..",
        "com.fasterxml.jackson..",
        "tools.jackson.."
    };

    static final ArchRule NO_FRAMEWORKS_IN_DOMAIN = noClasses()
            .that().resideInAPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
            .because("the domain is plain Java: Spring, Camunda, JPA, Hibernate and Jackson belong in the outer modules");

    static final ArchRule DOMAIN_DEPENDS_ONLY_ON_ITSELF_JAVA_AND_LOMBOK = classes()
            .that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage(DOMAIN, "java..", "lombok..")
            .because("the model may depend only on itself, the JDK and Lombok");

    private DomainRules() {
    }
}
