package club.lasertag.crm.telegram.staff;

import club.lasertag.crm.domain.staff.Role;
import club.lasertag.crm.domain.staff.StaffId;
import club.lasertag.crm.domain.testing.TestCrm;
import club.lasertag.crm.botapi.ChatMessage;
import club.lasertag.crm.botapi.EmulatedUser;
import club.lasertag.crm.botapi.InlineButton;
import club.lasertag.crm.telegram.testing.BotHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /staff}: the admin lists, adds, re-roles and removes the people who may use the bot. */
@ExtendWith(BotHarness.PerClass.class)
class StaffScenarioTest {

    private final BotHarness bot = BotHarness.sharedBy(this);
    private EmulatedUser user = bot.admin;

    @Test
    void theAdminSeesEveryoneWithTheirRole() {
        ChatMessage list = say("/staff");

        assertThat(list.plainText()).contains("Сотрудники (3)", "Анна — администратор · id 1",
                "Мария — менеджер · id 2", "Игорь — инструктор · id 3");
        assertThat(labels(list)).contains("Мария · менеджер", "Игорь · инструктор", "➕ Добавить сотрудника");
    }

    @Test
    void theConfiguredAdminIsShownWithTheirTelegramName() {
        user = new EmulatedUser(bot.admin.id(), "Анна", "Смирнова", null, "ru");

        ChatMessage list = say("/staff");

        assertThat(list.plainText()).contains("Анна Смирнова — администратор · id 1").doesNotContain("без имени");
        assertThat(labels(list)).contains("Анна Смирнова · администратор");
    }

    @Test
    void managersAndInstructorsCannotOpenStaff() {
        user = bot.manager;
        assertThat(say("/staff").plainText()).contains("только для администратора").doesNotContain("Игорь");
        user = bot.instructor;
        assertThat(say("/staff").plainText()).contains("только для администратора");
    }

    @Test
    void aMemberIsAddedByTelegramIdNameAndRole() {
        ChatMessage question = press(say("/staff"), "➕ Добавить сотрудника");
        assertThat(question.plainText()).contains("шаг 1 из 3", "только цифры", "Нет доступа", "Пример");

        question = say("@olga");
        assertThat(question.plainText()).contains("«@olga» — не число", "шаг 1 из 3");
        question = say("555");
        assertThat(question.plainText()).contains("шаг 2 из 3", "id 555");
        question = say("Ольга");
        assertThat(labels(question)).containsExactly("Менеджер", "Инструктор", "Отмена");

        ChatMessage list = press(question, "Инструктор");

        assertThat(list.plainText()).contains("✅ Ольга (id 555) — инструктор", "Ольга — инструктор · id 555");
        assertThat(roleOf(555)).contains(Role.INSTRUCTOR);
    }

    @Test
    void theNameCanBeSkipped() {
        press(say("/staff"), "➕ Добавить сотрудника");
        ChatMessage nameQuestion = say("555");

        press(press(nameQuestion, "Пропустить"), "Менеджер");

        assertThat(roleOf(555)).contains(Role.MANAGER);
    }

    @Test
    void typingInsteadOfChoosingARoleAsksForTheButtons() {
        press(say("/staff"), "➕ Добавить сотрудника");
        say("555");
        say("Ольга");

        assertThat(say("менеджер").plainText()).contains("Выберите роль кнопкой");
        assertThat(roleOf(555)).isEmpty();
    }

    @Test
    void cancellingTheDialogAddsNobody() {
        press(say("/staff"), "➕ Добавить сотрудника");
        ChatMessage nameQuestion = say("555");

        assertThat(press(nameQuestion, "Отмена").plainText()).contains("не добавлен");
        assertThat(roleOf(555)).isEmpty();
    }

    @Test
    void aRoleIsChanged() {
        ChatMessage member = press(say("/staff"), "Игорь · инструктор");
        assertThat(member.plainText()).contains("Игорь", "Роль: инструктор", "Telegram id: 3");

        ChatMessage changed = press(member, "Сделать: менеджер");

        assertThat(changed.plainText()).contains("Теперь Игорь — менеджер", "Роль: менеджер");
        assertThat(roleOf(bot.instructor.id())).contains(Role.MANAGER);
    }

    @Test
    void aMemberIsRemovedAfterConfirmationAndLosesAccess() {
        bot.say(bot.manager, "/help");
        assertThat(menuOf(bot.manager)).contains("client", "order");
        ChatMessage confirmation = press(press(say("/staff"), "Мария · менеджер"), "🗑 Удалить");
        assertThat(confirmation.plainText()).contains("Удалить сотрудника Мария (id 2)?");

        ChatMessage list = press(confirmation, "🗑 Да, удалить");

        assertThat(list.plainText()).contains("Мария (id 2) больше не в команде", "Сотрудники (2)");
        assertThat(roleOf(2)).isEmpty();
        assertThat(menuOf(bot.manager)).as("the menu goes at once, before Мария writes").isEmpty();
        user = bot.manager;
        assertThat(say("/client").plainText()).contains("Нет доступа");
    }

    @Test
    void keepingAMemberGoesBackToTheirScreen() {
        ChatMessage confirmation = press(press(say("/staff"), "Мария · менеджер"), "🗑 Удалить");

        assertThat(press(confirmation, "Нет, оставить").plainText()).contains("Роль: менеджер");
        assertThat(roleOf(2)).contains(Role.MANAGER);
    }

    @Test
    void aConfiguredAdminCannotBeChangedOrRemovedHere() {
        ChatMessage admin = press(say("/staff"), "Анна · администратор");

        assertThat(press(admin, "Сделать: менеджер").plainText()).contains("администратор из настроек", "CRM_ADMINS");
        assertThat(roleOf(TestCrm.ADMIN.value())).contains(Role.ADMIN);
    }

    @Test
    void aConfiguredAdminCannotBeAddedAsAnotherRole() {
        press(say("/staff"), "➕ Добавить сотрудника");
        say(String.valueOf(TestCrm.ADMIN.value()));
        ChatMessage roleQuestion = say("Анна");

        assertThat(press(roleQuestion, "Менеджер").plainText()).contains("администратор из настроек");
        assertThat(roleOf(TestCrm.ADMIN.value())).contains(Role.ADMIN);
    }

    @Test
    void aManagerPressingAnAdminsStaffButtonChangesNothing() {
        ChatMessage member = press(say("/staff"), "Игорь · инструктор");
        user = bot.manager;

        String data = member.callbackDataOf("Сделать: менеджер").orElseThrow();
        bot.telegram.pressButton(user, member.chatId(), member.messageId(), data);
        bot.awaitIdle();

        assertThat(roleOf(bot.instructor.id())).contains(Role.INSTRUCTOR);
    }

    @Test
    void englishSpeakingAdminsGetEnglish() {
        user = bot.admin.withLanguage("en");

        assertThat(say("/staff").plainText()).contains("Staff (3)", "Мария — manager · id 2");
    }

    private ChatMessage say(String text) {
        return bot.sayOne(user, text);
    }

    private ChatMessage press(ChatMessage message, String label) {
        return bot.press(user, message, label);
    }

    private List<String> menuOf(EmulatedUser member) {
        return bot.telegram.commands("{\"type\":\"chat\",\"chat_id\":" + member.id() + "}", "").stream()
                .map(java.util.Map.Entry::getKey).toList();
    }

    private Optional<Role> roleOf(long telegramUserId) {
        return bot.crm.staffService.roleOf(new StaffId(telegramUserId));
    }

    private static List<String> labels(ChatMessage message) {
        return message.buttons().stream().map(InlineButton::text).toList();
    }
}
