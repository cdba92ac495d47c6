package club.lasertag.crm.botapi;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The emulator stands in for Telegram, not for the CRM: it knows neither the bot nor the domain, nor a bot client. */
@AnalyzeClasses(packages = "club.lasertag.crm.botapi", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule knowsNothingOfTheCrm = noClasses()
            .that().resideInAPackage("club.lasertag.crm.botapi..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("club.lasertag.crm.telegram..", "club.lasertag.crm.domain..",
                    "club.lasertag.crm.chat..", "club.lasertag.crm.persistence..", "club.lasertag.crm.app..");

    @ArchTest
    static final ArchRule speaksHttpNotThroughABotClient = noClasses()
            .that().resideInAPackage("club.lasertag.crm.botapi..")
            .should().dependOnClassesThat().resideInAPackage("com.pengrad..");
}
