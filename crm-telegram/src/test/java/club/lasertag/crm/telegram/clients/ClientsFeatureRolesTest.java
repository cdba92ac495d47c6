package club.lasertag.crm.telegram.clients;

import club.lasertag.crm.domain.client.Client;
import club.lasertag.crm.domain.client.PhoneNumbers;
import club.lasertag.crm.domain.dialog.DialogState;
import club.lasertag.crm.domain.port.in.SaveClient.ClientSaved;
import club.lasertag.crm.domain.staff.Role;
import club.lasertag.crm.domain.testing.InMemoryDialogStates;
import club.lasertag.crm.domain.testing.TestCrm;
import club.lasertag.crm.telegram.UseCases;
import club.lasertag.crm.telegram.chat.Callback;
import club.lasertag.crm.telegram.chat.Incoming;
import club.lasertag.crm.telegram.chat.Replies;
import club.lasertag.crm.telegram.chat.Screen;
import club.lasertag.crm.telegram.chat.Sender;
import club.lasertag.crm.telegram.chat.Texts;
import club.lasertag.crm.telegram.chat.Turn;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static club.lasertag.crm.domain.testing.ClientProfileBuilder.aClient;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every button of the feature, forged or left over, pressed by an instructor: a refusal notice and nothing else.
 * Straight on the feature, since the emulator only presses buttons a message shows.
 */
class ClientsFeatureRolesTest {

    private static final long CHAT = 3;

    private final TestCrm crm = new TestCrm();
    private final InMemoryDialogStates dialogs = new InMemoryDialogStates();
    private final ClientsFeature feature = new ClientsFeature(useCasesOf(crm));
    private final List<String> replies = new ArrayList<>();

    @ParameterizedTest
    @ValueSource(strings = {"cl:card:1", "cl:open:1", "cl:new", "cl:new:Иванов", "cl:news:abc", "cl:find:0:иван",
            "cl:finds:0:abc", "cl:edit:1", "cl:ef:1:name", "cl:del:1", "cl:delok:1", "cl:skip:surname", "cl:src:0",
            "cl:clear:description", "cl:cancel"})
    void anInstructorsPressIsRefusedAndChangesNothing(String data) {
        Client client = ((ClientSaved.Saved) crm.clientService.add(aClient().description("VIP").build())).client();
        DialogState dialog = new DialogState(CHAT, EditClient.FLOW, "description", Map.of("id", "1"), TestCrm.NOW);
        dialogs.save(dialog);

        feature.onButton(turnOf(Role.INSTRUCTOR), Callback.parse(data).orElseThrow());

        assertThat(replies).containsExactly("notice: Клиенты доступны только менеджерам и администратору.");
        assertThat(crm.clientService.byId(client.id())).isEqualTo(client);
        assertThat(dialogs.of(CHAT)).contains(dialog);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cl:card:x", "cl:card:-1", "cl:card:99999999999999999999", "cl:ef:1:nonsense", "cl:find:x:y",
            "cl:find:1", "cl:unknown", "cl:src:9", "cl:skip:name"})
    void aManagersMalformedPressIsStale(String data) {
        crm.clientService.add(aClient().build());

        feature.onButton(turnOf(Role.MANAGER), Callback.parse(data).orElseThrow());

        assertThat(replies).containsExactly("notice: Эта кнопка устарела. Откройте заново.");
    }

    private Turn turnOf(Role role) {
        Incoming incoming = new Incoming(1, CHAT, true, new Sender(CHAT, "Игорь", null, Texts.RUSSIAN),
                new Incoming.Press("q1", 10, "cl:card:1"));
        return new Turn(incoming, role, Texts.forLocale(Texts.RUSSIAN), new RecordingReplies(), dialogs, crm.clock);
    }

    /** The use cases on the in-memory domain, as the bot gets them. */
    private static UseCases useCasesOf(TestCrm crm) {
        return new UseCases(crm.clientService, crm.clientService, crm.clientService, crm.calendarService,
                crm.bookingService, crm.bookingService, crm.bookingService, crm.bookingService, crm.bookingService,
                crm.calendarService, crm.calendarService, crm.calendarService, crm.staffService,
                PhoneNumbers.russian(), crm.rules, crm.clock);
    }

    /** What the feature answered, as lines. */
    private final class RecordingReplies implements Replies {

        @Override
        public void send(Screen screen) {
            replies.add("send: " + screen.html());
        }

        @Override
        public void show(Screen screen) {
            replies.add("show: " + screen.html());
        }

        @Override
        public void notice(String text) {
            replies.add("notice: " + text);
        }

        @Override
        public void deletePressed() {
            replies.add("delete");
        }
    }
}
