package club.lasertag.crm.telegram;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each architecture rule fails on a real violation: the classes under {@code club.lasertag.archfixture.telegram}. */
class ArchitectureViolationsTest {

    private static final String ROOT = "club.lasertag.archfixture.telegram";
    private static final JavaClasses VIOLATIONS = new ClassFileImporter().importPackages(ROOT);

    @Test
    void pengradPastTheEdgeFails() {
        assertThat(failure(TelegramArchitecture.pengradOnlyAtTheEdge(ROOT)))
                .contains(ROOT + ".chat.ChatUsingPengrad")
                .doesNotContain(ROOT + ".edge.Edge ");
    }

    @Test
    void theFrameworkKnowingAFeatureFails() {
        assertThat(failure(TelegramArchitecture.chatKnowsNoFeature(ROOT)))
                .contains(ROOT + ".chat.ChatKnowingAFeature");
    }

    @Test
    void aFeatureUsingAnothersOwnClassFailsButItsLinksDoNot() {
        assertThat(failure(TelegramArchitecture.featuresMeetOnlyThroughLinks(ROOT)))
                .contains(ROOT + ".orders.OrdersUsingClientInternals")
                .doesNotContain("OrdersUsingClientLinks");
    }

    @Test
    void aFeatureUsingTheAssemblyFails() {
        assertThat(failure(TelegramArchitecture.featuresKnowNeitherAssemblyNorEdge(ROOT)))
                .contains(ROOT + ".clients.ClientsUsingTheAssembly");
    }

    @Test
    void aPackageCycleFails() {
        assertThat(failure(TelegramArchitecture.noPackageCycles(ROOT)))
                .contains("Cycle detected")
                .contains(ROOT + ".edge.Edge")
                .contains(ROOT + ".bot.Assembly");
    }

    private static String failure(ArchRule rule) {
        return rule.evaluate(VIOLATIONS).getFailureReport().toString();
    }
}
