package club.lasertag.crm.domain;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The domain is a plain library: the JDK, libphonenumber and itself; models know no ports or services. */
@AnalyzeClasses(packages = "club.lasertag.crm.domain", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule dependsOnlyOnTheJdkAndLibphonenumber = classes()
            .that().resideInAPackage("club.lasertag.crm.domain..")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "com.google.i18n.phonenumbers..", "club.lasertag.crm.domain..");

    @ArchTest
    static final ArchRule modelsDoNotKnowPortsOrServices = noClasses()
            .that().resideInAnyPackage(
                    "club.lasertag.crm.domain.client..",
                    "club.lasertag.crm.domain.order..",
                    "club.lasertag.crm.domain.staff..",
                    "club.lasertag.crm.domain.common..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("club.lasertag.crm.domain.port..", "club.lasertag.crm.domain.service..");

    @ArchTest
    static final ArchRule portsDoNotKnowServices = noClasses()
            .that().resideInAPackage("club.lasertag.crm.domain.port..")
            .should().dependOnClassesThat().resideInAPackage("club.lasertag.crm.domain.service..");

    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices()
            .matching("club.lasertag.crm.domain.(**)")
            .should().beFreeOfCycles();
}
