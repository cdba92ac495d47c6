package club.lasertag.crm.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The rules across modules, on every main class of the CRM (this module's class path holds them all): the app wires
 * the adapters, the adapters do not know each other, nothing knows the app, generated jOOQ types stay in persistence.
 */
@AnalyzeClasses(packages = "club.lasertag.crm",
        importOptions = {ImportOption.DoNotIncludeTests.class, CrmArchitectureTest.DoNotIncludeTestJars.class})
class CrmArchitectureTest {

    /** In a reactor build the other modules' test-jars are jar files, which DoNotIncludeTests does not recognise. */
    static final class DoNotIncludeTestJars implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("-tests.jar");
        }
    }

    @ArchTest
    static final ArchRule persistenceDoesNotKnowTelegram = noClasses()
            .that().resideInAPackage("club.lasertag.crm.persistence..")
            .should().dependOnClassesThat().resideInAPackage("club.lasertag.crm.telegram..");

    @ArchTest
    static final ArchRule telegramDoesNotKnowPersistence = noClasses()
            .that().resideInAPackage("club.lasertag.crm.telegram..")
            .should().dependOnClassesThat().resideInAnyPackage("club.lasertag.crm.persistence..", "org.jooq..");

    @ArchTest
    static final ArchRule nothingDependsOnTheApp = noClasses()
            .that().resideOutsideOfPackage("club.lasertag.crm.app..")
            .should().dependOnClassesThat().resideInAPackage("club.lasertag.crm.app..");

    @ArchTest
    static final ArchRule generatedJooqTypesStayInPersistence = noClasses()
            .that().resideOutsideOfPackage("club.lasertag.crm.persistence..")
            .should().dependOnClassesThat().resideInAPackage("club.lasertag.crm.persistence.jooq..");

    @ArchTest
    static final ArchRule theDomainKnowsNoAdapter = noClasses()
            .that().resideInAPackage("club.lasertag.crm.domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "club.lasertag.crm.persistence..", "club.lasertag.crm.telegram..",
                    "club.lasertag.crm.migrations..", "club.lasertag.crm.app..", "club.lasertag.crm.pictures..");

    /** The bot gets pictures from the use cases (port.out.DayPictures), never from the drawing adapter itself. */
    @ArchTest
    static final ArchRule telegramDoesNotKnowThePictures = noClasses()
            .that().resideInAPackage("club.lasertag.crm.telegram..")
            .should().dependOnClassesThat().resideInAPackage("club.lasertag.crm.pictures..");

    /** The drawing adapter knows the domain's picture data only. */
    @ArchTest
    static final ArchRule picturesKnowNoOtherAdapter = noClasses()
            .that().resideInAPackage("club.lasertag.crm.pictures..")
            .should().dependOnClassesThat().resideInAnyPackage("club.lasertag.crm.persistence..",
                    "club.lasertag.crm.telegram..", "club.lasertag.crm.chat..", "club.lasertag.crm.app..");

    @ArchTest
    static final ArchRule theChatPortsKnowNoAdapter = noClasses()
            .that().resideInAPackage("club.lasertag.crm.chat..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "club.lasertag.crm.persistence..", "club.lasertag.crm.telegram..",
                    "club.lasertag.crm.migrations..", "club.lasertag.crm.botapi..");

    /** The emulated Bot API is a stand-in for Telegram: the sandbox (in the app) and tests use it, the bot never does. */
    @ArchTest
    static final ArchRule onlyTheAppUsesTheEmulator = noClasses()
            .that().resideOutsideOfPackages("club.lasertag.crm.app..", "club.lasertag.crm.botapi..")
            .should().dependOnClassesThat().resideInAPackage("club.lasertag.crm.botapi..");
}
