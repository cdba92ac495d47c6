package club.lasertag.crm.persistence;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.implement;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * A driven adapter: it implements the ports and knows nothing of the other adapters or the app; each port adapter
 * stands alone; the package's public API is small.
 */
@AnalyzeClasses(packages = "club.lasertag.crm.persistence", importOptions = ImportOption.DoNotIncludeTests.class)
class PersistenceArchitectureTest {

    /** A class of this module that implements a port (JooqClients, JooqOrders, ...). */
    private static final DescribedPredicate<JavaClass> PORT_ADAPTERS = resideInAPackage("club.lasertag.crm.persistence..")
            .and(implement(resideInAPackage("club.lasertag.crm..port..")))
            .as("are port adapters");

    @ArchTest
    static final ArchRule knowsNoOtherAdapterNorTheApp = noClasses()
            .that().resideInAPackage("club.lasertag.crm.persistence..")
            .should().dependOnClassesThat().resideInAnyPackage("club.lasertag.crm.telegram..", "club.lasertag.crm.app..");

    @ArchTest
    static final ArchRule portAdaptersDoNotDependOnEachOther = noClasses()
            .that(PORT_ADAPTERS)
            .should().dependOnClassesThat(PORT_ADAPTERS);

    /**
     * JooqPorts, DataSources (and JdbcUrls, which redacts a URL's password for logs) and the Guice modules; adapters and helpers stay package-private (a member of a
     * package-private type is out of reach whatever its modifier, hence top-level classes only).
     */
    @ArchTest
    static final ArchRule smallPublicApi = noClasses()
            .that().resideInAPackage("club.lasertag.crm.persistence")
            .and().areTopLevelClasses()
            .and().doNotBelongToAnyOf(JooqPorts.class, DataSources.class, JdbcUrls.class,
                    PostgresPersistenceModule.class, SqlitePersistenceModule.class)
            .should().bePublic();
}
