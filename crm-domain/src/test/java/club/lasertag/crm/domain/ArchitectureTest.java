package club.lasertag.crm.domain;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The domain is a plain library: the JDK (no files, network or JDBC), libphonenumber and itself; time comes from a
 * {@link java.time.Clock}; models know no ports or services.
 */
@AnalyzeClasses(packages = "club.lasertag.crm.domain", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule dependsOnlyOnTheJdkAndLibphonenumber = classes()
            .that().resideInAPackage("club.lasertag.crm.domain..")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "com.google.i18n.phonenumbers..", "club.lasertag.crm.domain..");

    /** Files, sockets and JDBC are adapters' business; the domain sees them only through its ports. */
    @ArchTest
    static final ArchRule noIoNetworkOrJdbc = noClasses()
            .that().resideInAPackage("club.lasertag.crm.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.net..", "java.sql..");

    /** Drawing (AWT, Java2D, image encoders) is crm-pictures' business, behind the DayPictures port. */
    @ArchTest
    static final ArchRule noDrawing = noClasses()
            .that().resideInAPackage("club.lasertag.crm.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.imageio..", "javax.swing..");

    /** Named here as well as excluded above, so a slip reads as what it is. */
    @ArchTest
    static final ArchRule noFrameworks = noClasses()
            .that().resideInAPackage("club.lasertag.crm.domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.jooq..", "com.google.inject..", "com.pengrad..", "org.slf4j..");

    /** The no-argument now() of these java.time types reads the system clock; now(Clock) stays allowed. */
    private static final Set<String> SYSTEM_CLOCK_READS = Stream.of(
                    Instant.class, LocalDate.class, LocalDateTime.class, LocalTime.class,
                    ZonedDateTime.class, OffsetDateTime.class, YearMonth.class, Year.class)
            .map(type -> type.getName() + ".now()")
            .collect(Collectors.toUnmodifiableSet());

    /** Time comes from an injected Clock: no now() call and no ::now reference that bypasses it. */
    @ArchTest
    static final ArchRule timeComesFromAClock = noClasses()
            .that().resideInAPackage("club.lasertag.crm.domain..")
            .should().accessTargetWhere(DescribedPredicate.describe(
                    "the no-argument now() of " + SYSTEM_CLOCK_READS,
                    (JavaAccess<?> access) -> SYSTEM_CLOCK_READS.contains(access.getTarget().getFullName())));

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
