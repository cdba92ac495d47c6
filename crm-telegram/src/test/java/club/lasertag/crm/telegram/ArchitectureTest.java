package club.lasertag.crm.telegram;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The bot's packages show its architecture: see {@link TelegramArchitecture}. */
@AnalyzeClasses(packages = ArchitectureTest.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final String ROOT = "club.lasertag.crm.telegram";

    @ArchTest
    static final ArchRule pengradOnlyAtTheEdge = TelegramArchitecture.pengradOnlyAtTheEdge(ROOT);

    @ArchTest
    static final ArchRule chatKnowsNoFeature = TelegramArchitecture.chatKnowsNoFeature(ROOT);

    @ArchTest
    static final ArchRule featuresMeetOnlyThroughLinks = TelegramArchitecture.featuresMeetOnlyThroughLinks(ROOT);

    @ArchTest
    static final ArchRule featuresKnowNeitherAssemblyNorEdge =
            TelegramArchitecture.featuresKnowNeitherAssemblyNorEdge(ROOT);

    @ArchTest
    static final ArchRule noPackageCycles = TelegramArchitecture.noPackageCycles(ROOT);
}
