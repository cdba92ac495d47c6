package club.lasertag.crm.benchmarks;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The benchmarks measure what the bot and other JVM projects use: the adapters through their public API and
 * ports, and the app as a process over the Bot API. A benchmark that reached past them would measure something
 * nobody runs.
 */
@AnalyzeClasses(packages = "club.lasertag.crm.benchmarks", importOptions = ImportOption.DoNotIncludeTests.class)
class BenchmarksArchitectureTest {

    /** Generated jOOQ classes are the persistence adapter's inside; the queries go through JooqPorts. */
    @ArchTest
    static final ArchRule noGeneratedJooqTypes = noClasses()
            .should().dependOnClassesThat().resideInAPackage("club.lasertag.crm.persistence.jooq..");

    /** The engine benchmark starts the fat jar as a process; linking the bot's or the app's classes would bypass it. */
    @ArchTest
    static final ArchRule theAppIsMeasuredFromOutside = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("club.lasertag.crm.telegram..", "club.lasertag.crm.app..");

    /** The query benchmarks time the adapters alone, not the services' access checks and rules on top of them. */
    @ArchTest
    static final ArchRule noDomainServices = noClasses()
            .should().dependOnClassesThat().resideInAPackage("club.lasertag.crm.domain.service..");
}
