package org.coalition.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The model is entities, migrations and pure rules: it sees JPA, Bean Validation and Flyway and nothing
 * else of the technology stack (no EJB, CDI, JTA, JNDI, servlets, file-format libraries). What needs more
 * lives in coalition-ejb, so that the build itself keeps the layers apart.
 */
@AnalyzeClasses(packages = "org.coalition", importOptions = ImportOption.DoNotIncludeTests.class)
class ModelArchitectureTest {

    @ArchTest
    static final ArchRule model_classes_use_no_technology_but_jpa_bean_validation_and_flyway = classes()
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(
                    "java..", "jakarta.persistence..", "jakarta.validation..", "org.flywaydb..", "org.coalition..")
            .because("coalition-model compiles against JPA, Bean Validation and Flyway only (docs/architecture.md)");
}
