package club.lasertag.crm.migrations;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The migrations stand below everything: Flyway, JDBC, the JDK and SLF4J, nothing of the app. */
@AnalyzeClasses(packages = "club.lasertag.crm.migrations", importOptions = ImportOption.DoNotIncludeTests.class)
class MigrationsArchitectureTest {

    @ArchTest
    static final ArchRule dependsOnlyOnFlywayJdbcTheJdkAndSlf4j = classes()
            .that().resideInAPackage("club.lasertag.crm.migrations..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "club.lasertag.crm.migrations..", "java..", "javax.sql..", "org.flywaydb..", "org.slf4j..");

    @ArchTest
    static final ArchRule knowsNothingOfTheApp = noClasses()
            .that().resideInAPackage("club.lasertag.crm.migrations..")
            .should().dependOnClassesThat(resideInAPackage("club.lasertag.crm..")
                    .and(resideOutsideOfPackage("club.lasertag.crm.migrations.."))
                    .as("belong to another module of the CRM"));
}
