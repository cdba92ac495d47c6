package club.lasertag.crm.telegram.briefings;

import club.lasertag.crm.botapi.ChatMessage;
import club.lasertag.crm.domain.briefing.Briefing;
import club.lasertag.crm.domain.client.Client;
import club.lasertag.crm.domain.order.Gift;
import club.lasertag.crm.domain.testing.TestCrm;
import club.lasertag.crm.telegram.testing.BotHarness;
import club.lasertag.crm.telegram.testing.OrderFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalTime;

import static club.lasertag.crm.domain.testing.BookingRequestBuilder.aBooking;
import static club.lasertag.crm.telegram.testing.OrderFixtures.labels;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code /settings} end to end; today is Saturday, 1 June 2030, 13:00 in Moscow. */
@ExtendWith(BotHarness.PerClass.class)
class BriefingsScenarioTest {

    private final BotHarness bot = BotHarness.sharedBy(this);
    private final OrderFixtures data = new OrderFixtures(bot);
    private final Client ivanov = data.client("Иванов", "+79990000001");

    @Test
    void aManagerTurnsTheMorningPlanOffAndOnAgainInPlace() {
        ChatMessage settings = bot.sayOne(bot.manager, "/settings");
        assertThat(settings.plainText()).contains("Рассылки бота", "Утром в 09:00, вечером в 18:00");
        assertThat(labels(settings)).contains("✅ Утренний план", "✅ Неподтверждённые на завтра", "✅ Дни рождения")
                .noneMatch(label -> label.startsWith("Утро") || label.startsWith("Вечер"));

        ChatMessage off = bot.press(bot.manager, settings, "✅ Утренний план");

        assertThat(off.messageId()).isEqualTo(settings.messageId());
        assertThat(labels(off)).contains("▫️ Утренний план — выключено");
        assertThat(bot.crm.briefingService.settingsOf(BotHarness.staffIdOf(bot.manager)).receives())
                .doesNotContain(Briefing.MORNING_PLAN);
        assertThat(labels(bot.press(bot.manager, off, "▫️ Утренний план — выключено"))).contains("✅ Утренний план");
    }

    @Test
    void anInstructorMayOnlyChooseTheMorningPlan() {
        ChatMessage settings = bot.sayOne(bot.instructor, "/settings");

        assertThat(labels(settings)).contains("✅ Утренний план")
                .doesNotContain("✅ Неподтверждённые на завтра", "✅ Дни рождения");
    }

    @Test
    void theAdminMovesTheMorningTime() {
        ChatMessage settings = bot.sayOne(bot.admin, "/settings");

        ChatMessage later = bot.press(bot.admin, settings, "Утро +30 мин");

        assertThat(later.plainText()).contains("Утром в 09:30");
        assertThat(bot.crm.briefingService.settingsOf(TestCrm.ADMIN).times().morning()).isEqualTo(LocalTime.of(9, 30));
    }

    @Test
    void showNowSendsTodaysPlanAsItWouldGoOut() {
        data.booked(aBooking().client(ivanov.id()).on("2030-06-01").at("15:00").players(12).gift(Gift.DOGTAG));
        ChatMessage settings = bot.sayOne(bot.admin, "/settings");

        bot.press(bot.admin, settings, "👁 Показать сейчас");
        ChatMessage plan = bot.lastBotMessage(bot.admin);

        assertThat(plan.messageId()).isNotEqualTo(settings.messageId());
        assertThat(plan.plainText()).contains("План на 01.06.2030", "15:00–16:00", "12 чел.", "Иванов",
                "+7 999 000-00-01", "Жетон × 12");
        ChatMessage day = bot.press(bot.admin, plan, "📅 Открыть день");
        assertThat(day.plainText()).contains("01.06.2030");
    }
}
