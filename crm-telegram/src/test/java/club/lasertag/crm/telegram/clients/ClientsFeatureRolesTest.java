package club.lasertag.crm.telegram.clients;

import club.lasertag.crm.domain.client.Client;
import club.lasertag.crm.chat.dialog.DialogState;
import club.lasertag.crm.domain.port.in.SaveClient.ClientSaved;
import club.lasertag.crm.domain.staff.Role;
import club.lasertag.crm.chat.testing.InMemoryDialogStates;
import club.lasertag.crm.domain.testing.TestCrm;
import club.lasertag.crm.telegram.testing.BotHarness;
import club.lasertag.crm.telegram.testing.FeatureTurns;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static club.lasertag.crm.domain.testing.ClientProfileBuilder.aClient;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every button of the feature, forged or left over, pressed by an instructor: a refusal notice and nothing else.
 * Through the router straight, since the emulator only presses buttons a message shows.
 */
class ClientsFeatureRolesTest {

    private final TestCrm crm = new TestCrm();
    private final InMemoryDialogStates dialogs = new InMemoryDialogStates();
    private final FeatureTurns turns = new FeatureTurns(crm, dialogs,
            new ClientsFeature(BotHarness.useCasesOf(crm).clients()));

    @ParameterizedTest
    @ValueSource(strings = {"cl:card:1", "cl:open:1", "cl:new", "cl:new:Иванов", "cl:news:abc", "cl:find:0:иван",
            "cl:finds:0:abc", "cl:edit:1", "cl:ef:1:name", "cl:del:1", "cl:delok:1", "cl:skip:surname", "cl:src:0",
            "cl:clear:description", "cl:cancel"})
    void anInstructorsPressIsRefusedAndChangesNothing(String data) {
        Client client = ((ClientSaved.Saved) crm.clientService.add(aClient().description("VIP").build(), TestCrm.MANAGER)).client();
        DialogState dialog = new DialogState(FeatureTurns.CHAT, ClientFlow.EDIT.code(), "description", Map.of("id", "1"),
                TestCrm.NOW);
        dialogs.save(dialog);

        press(Role.INSTRUCTOR, data);

        assertThat(turns.replies()).containsExactly("notice: Клиенты доступны только менеджерам и администратору.");
        assertThat(crm.clientService.byId(client.id(), TestCrm.MANAGER)).isEqualTo(client);
        assertThat(dialogs.of(FeatureTurns.CHAT)).contains(dialog);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cl:card:x", "cl:card:-1", "cl:card:99999999999999999999", "cl:ef:1:nonsense",
            "cl:find:x:y", "cl:find:1", "cl:unknown", "cl:src:9", "cl:skip", "cl:skip:name", "cl:clear"})
    void aManagersMalformedPressIsStale(String data) {
        crm.clientService.add(aClient().build(), TestCrm.MANAGER);

        press(Role.MANAGER, data);

        assertThat(turns.replies()).containsExactly("notice: Эта кнопка устарела. Откройте заново.");
    }

    private void press(Role role, String data) {
        turns.press(role, data);
    }
}
