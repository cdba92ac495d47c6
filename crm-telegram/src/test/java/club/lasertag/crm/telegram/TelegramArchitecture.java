package club.lasertag.crm.telegram;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;

import java.util.List;
import java.util.stream.Stream;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The bot's architecture as rules over a root package: the pengrad edge, the chat framework, the features that
 * meet only through their {@code *Links} classes, and the assembly ({@code bot}) that builds them. Made from the
 * root so the rules run on the bot ({@link ArchitectureTest}) and on classes that break each of them
 * ({@link ArchitectureViolationsTest}).
 */
final class TelegramArchitecture {

    static final List<String> FEATURES = List.of("help", "clients", "orders", "calendar", "staff", "money", "history");

    private TelegramArchitecture() {
    }

    /** Telegram's types are converted at the edge: nothing past it sees pengrad. */
    static ArchRule pengradOnlyAtTheEdge(String root) {
        return noClasses().that().resideOutsideOfPackage(root + ".edge..")
                .should().dependOnClassesThat().resideInAPackage("com.pengrad..")
                .as("pengrad types appear only in " + root + ".edge..");
    }

    /** The chat framework knows no feature, nor the edge or the assembly. */
    static ArchRule chatKnowsNoFeature(String root) {
        String[] others = Stream.concat(FEATURES.stream(), Stream.of("edge", "bot"))
                .map(name -> root + "." + name + "..").toArray(String[]::new);
        return noClasses().that().resideInAPackage(root + ".chat..")
                .should().dependOnClassesThat().resideInAnyPackage(others)
                .as("the chat framework depends on no feature, nor on the edge or the assembly");
    }

    /** A feature uses another only through that feature's {@code *Links} class. */
    static ArchRule featuresMeetOnlyThroughLinks(String root) {
        List<ArchRule> rules = FEATURES.stream().map(feature -> {
            String[] others = FEATURES.stream().filter(other -> !other.equals(feature))
                    .map(other -> root + "." + other + "..").toArray(String[]::new);
            return (ArchRule) noClasses().that().resideInAPackage(root + "." + feature + "..")
                    .should().dependOnClassesThat(resideInAnyPackage(others).and(not(simpleNameEndingWith("Links"))))
                    .allowEmptyShould(true);
        }).toList();
        return CompositeArchRule.of(rules).as("features depend on each other only through *Links classes");
    }

    /** Features get what they need by constructor: they know neither the assembly nor the edge. */
    static ArchRule featuresKnowNeitherAssemblyNorEdge(String root) {
        String[] features = FEATURES.stream().map(feature -> root + "." + feature + "..").toArray(String[]::new);
        return noClasses().that().resideInAnyPackage(features)
                .should().dependOnClassesThat().resideInAnyPackage(root + ".bot..", root + ".edge..")
                .as("features do not depend on the assembly (bot) or the edge");
    }

    /**
     * No cycles between the packages under the root. Links between features are declared ({@code *Links}): two
     * features may link to each other's screens, as a client's card and an order's card do.
     */
    static ArchRule noPackageCycles(String root) {
        return slices().matching(root + ".(*)..").namingSlices("$1")
                .should().beFreeOfCycles()
                .ignoreDependency(alwaysTrue(), simpleNameEndingWith("Links"))
                .as("no package cycles under " + root + " (apart from declared *Links between features)");
    }
}
