package club.lasertag.crm.telegram.clients;

import club.lasertag.crm.domain.client.Client;
import club.lasertag.crm.domain.staff.Role;
import club.lasertag.crm.domain.staff.StaffMember;
import club.lasertag.crm.domain.testing.TestCrm;
import club.lasertag.crm.telegram.testing.BotHarness;
import club.lasertag.crm.botapi.ChatMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;

/** Only managers and the admin see or change clients, whatever buttons are left in a chat. */
class ClientsAccessScenarioTest extends ClientScenarios {

    private Client ivanov;

    @BeforeEach
    void aClient() {
        ivanov = client("Иванов", "Пётр", "+79991234567");
    }

    @Test
    void anInstructorGetsNoClientData() {
        user = bot.instructor;

        assertThat(say("/client Иванов").plainText()).contains("только менеджерам").doesNotContain("Пётр");
        assertThat(say("/client +79991234567").plainText()).doesNotContain("Пётр");
        assertThat(say("Иванов").plainText()).contains("/help").doesNotContain("Пётр");
    }

    @Test
    void aStrangerGetsNoClientData() {
        user = bot.stranger;

        assertThat(say("/client Иванов").plainText()).contains("Нет доступа").doesNotContain("Пётр");
        assertThat(say("+79991234567").plainText()).contains("Нет доступа").doesNotContain("Пётр");
    }

    @Test
    void theAdminManagesClientsToo() {
        user = bot.admin;

        assertIsCardOf(cardOf(ivanov), "Иванов Пётр");
    }

    @Test
    void aManagerMadeInstructorCannotUseTheButtonsLeftInTheChat() {
        ChatMessage confirmation = press(cardOf(ivanov), "🗑 Удалить");
        demoteTheManager();

        press(confirmation, "🗑 Да, удалить");

        assertThat(lastNotice()).contains("только менеджерам");
        assertThat(now(confirmation).plainText()).isEqualTo(confirmation.plainText());
        assertThat(allClients()).containsExactly(ivanov);
    }

    @Test
    void anInstructorPressingAManagersButtonChangesNothing() {
        ChatMessage confirmation = press(cardOf(ivanov), "🗑 Удалить");

        bot.telegram.pressButton(bot.instructor, confirmation.chatId(), confirmation.messageId(),
                dataOf(confirmation, "🗑 Да, удалить"));
        bot.awaitIdle();

        assertThat(lastNotice()).contains("только менеджерам");
        assertThat(allClients()).containsExactly(ivanov);
    }

    @Test
    void aManagerMadeInstructorMidDialogIsStoppedAndNothingIsSaved() {
        press(say("/client"), "➕ Новый клиент");
        say("+7 912 000-00-01");
        demoteTheManager();

        assertThat(say("Анна").plainText()).contains("только менеджерам");

        assertThat(allClients()).containsExactly(ivanov);
        assertThat(say("/cancel").plainText()).as("the dialog was ended").contains("Отменять нечего");
    }

    private void demoteTheManager() {
        crm.staffService.save(new StaffMember(BotHarness.staffIdOf(bot.manager), "Мария", Role.INSTRUCTOR), TestCrm.ADMIN);
    }
}
