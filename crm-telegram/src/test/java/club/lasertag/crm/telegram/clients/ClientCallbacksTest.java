package club.lasertag.crm.telegram.clients;

import club.lasertag.crm.domain.client.ClientId;
import club.lasertag.crm.telegram.chat.Button;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClientCallbacksTest {

    private static final ClientCallbacks CODEC = ClientCallbacks.CODEC;

    @Test
    void everyActionComesBackAsItWent() {
        ClientId id = new ClientId(999_999_999_999_999_999L);
        List<ClientAction> actions = List.of(new ClientAction.Card(id), new ClientAction.Open(id),
                new ClientAction.New(""), new ClientAction.New("Иванов: Пётр"), new ClientAction.NewRemembered("7f3a"),
                new ClientAction.Find(ClientCallbacks.MAX_PAGE, "a:b"), new ClientAction.FindRemembered(3, "7f3a"),
                new ClientAction.Edit(id), new ClientAction.EditField(id, ClientField.SECOND_PHONE),
                new ClientAction.Delete(id), new ClientAction.DeleteConfirmed(id), new ClientAction.Skip(ClientField.FROM),
                new ClientAction.LeadSource(9), new ClientAction.Clear(ClientField.DESCRIPTION), new ClientAction.Cancel());

        for (ClientAction action : actions) {
            String data = CODEC.encode(action);
            assertThat(data.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(Button.MAX_DATA_BYTES);
            assertThat(CODEC.decode(data)).as(data).contains(action);
        }
        assertThat(CODEC.encode(new ClientAction.Card(new ClientId(123)))).isEqualTo("cl:card:123");
    }

    @Test
    void theLongestSearchQueryThatTravelsInTheDataFitsOnItsLastPageAndOneMoreLetterDoesNot() {
        String longest = "я".repeat(25); // 50 bytes: "cl:find:9999:" is 13 more, 63 in all
        assertThat(ClientSearch.fitsInData(longest)).isTrue();
        assertThat(CODEC.encode(new ClientAction.Find(ClientCallbacks.MAX_PAGE, longest)).getBytes(StandardCharsets.UTF_8))
                .hasSizeLessThanOrEqualTo(Button.MAX_DATA_BYTES);
        assertThat(CODEC.encode(new ClientAction.New(longest)).getBytes(StandardCharsets.UTF_8))
                .hasSizeLessThanOrEqualTo(Button.MAX_DATA_BYTES);

        String tooLong = longest + "я";
        assertThat(ClientSearch.fitsInData(tooLong)).isFalse();
        assertThatThrownBy(() -> CODEC.encode(new ClientAction.Find(ClientCallbacks.MAX_PAGE, tooLong)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLinkToAddAClientCarriesWhatWasTypedOnlyWhenItFits() {
        assertThat(ClientLinks.newClient("+", "Иванов").data()).isEqualTo("cl:new:Иванов");
        assertThat(ClientLinks.newClient("+", "я".repeat(40)).data()).isEqualTo("cl:new");
        assertThat(ClientLinks.newClient("+", "two\nlines").data()).isEqualTo("cl:new");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ":", "cl", "cl:", "cl:card", "cl:card:x", "cl:card:-1", "cl:card:0",
            "cl:card:99999999999999999999", "cl:ef:1:nonsense", "cl:find:x:y", "cl:find:1", "cl:find:1:  ",
            "cl:find:99999:a", "cl:finds:1", "cl:skip", "cl:clear", "cl:src:10", "cl:unknown", "or:card:1",
            "cl:card:1\u0000", "\uD800:\uDC00"})
    void forgedDataIsNotUnderstoodAndNeverThrows(String data) {
        assertThat(CODEC.decode(data)).isEmpty();
    }
}
