package club.lasertag.crm.chat;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Chat mechanics are plain Java: the JDK, the domain and themselves; no bot library, database or DI framework. */
@AnalyzeClasses(packages = "club.lasertag.crm.chat", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule dependsOnlyOnTheJdkAndTheDomain = classes()
            .that().resideInAPackage("club.lasertag.crm.chat..")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "club.lasertag.crm.domain..", "club.lasertag.crm.chat..");

    @ArchTest
    static final ArchRule knowsNoFrameworkOrDatabase = noClasses()
            .that().resideInAPackage("club.lasertag.crm.chat..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("com.pengrad..", "org.jooq..", "com.google.inject..", "java.sql..", "javax.sql..");

    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices()
            .matching("club.lasertag.crm.chat.(**)")
            .should().beFreeOfCycles();
}
