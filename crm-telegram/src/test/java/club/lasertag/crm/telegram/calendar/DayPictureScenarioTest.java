package club.lasertag.crm.telegram.calendar;

import static club.lasertag.crm.domain.testing.BookingRequestBuilder.aBooking;
import static org.assertj.core.api.Assertions.assertThat;

import club.lasertag.crm.botapi.ChatMessage;
import club.lasertag.crm.domain.client.Client;
import club.lasertag.crm.domain.order.Polygon;
import club.lasertag.crm.telegram.testing.BotHarness;
import club.lasertag.crm.telegram.testing.OrderFixtures;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code /day} and the day view's picture button end to end, through pengrad and the emulator; today is 1 June 2030. */
@ExtendWith(BotHarness.PerClass.class)
class DayPictureScenarioTest {

    private final BotHarness bot = BotHarness.sharedBy(this);
    private final OrderFixtures data = new OrderFixtures(bot);
    private final Client ivanov = data.client("Иванов", "+79990000001");

    /**
     * The first picture a JVM draws loads AWT and the fonts: seconds on a loaded machine, more than the harness waits
     * for an idle bot. Drawn once here, so the tests time the bot, not the JVM's start-up.
     */
    @BeforeAll
    static void drawOncePerJvm() {
        new club.lasertag.crm.pictures.Java2dDayPictures().png(new club.lasertag.crm.domain.picture.DayBoard(
                java.time.LocalDate.of(2030, 6, 1), java.time.LocalDateTime.of(2030, 6, 1, 10, 0),
                java.time.LocalDateTime.of(2030, 6, 2, 0, 0), java.util.Optional.empty(),
                List.of(club.lasertag.crm.domain.picture.DayBoard.Lane.of(Polygon.ARENA, List.of()))),
                java.util.Locale.ROOT);
    }

    @Test
    void dayWithADateSendsThatDaysPictureAsAPhoto() throws IOException {
        data.booked(aBooking().client(ivanov.id()).on("2030-06-15").at("12:00").polygon(Polygon.PARK));

        ChatMessage photo = bot.sayOne(bot.manager, "/day 15.06");

        assertThat(photo.kind()).isEqualTo(ChatMessage.Kind.PHOTO);
        assertThat(photo.plainText()).contains("15.06.2030 (сб)");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(photo.attachment().bytes()));
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isGreaterThan(600);
        assertThat(photo.attachment().fileName()).isEqualTo("day-2030-06-15.png");
    }

    @Test
    void dayAloneIsTodayAndInstructorsGetItToo() {
        ChatMessage photo = bot.sayOne(bot.instructor, "/day");

        assertThat(photo.kind()).isEqualTo(ChatMessage.Kind.PHOTO);
        assertThat(photo.plainText()).contains("01.06.2030 (сб)");
    }

    @Test
    void theDayViewsButtonSendsThePictureAndLeavesTheViewAsItWas() {
        ChatMessage day = bot.sayOne(bot.manager, "/tomorrow");

        ChatMessage photo = bot.press(bot.manager, day, "🖼 Картинкой");

        assertThat(bot.telegram.chat(bot.manager.id()).message(day.messageId()).orElseThrow().plainText())
                .isEqualTo(day.plainText());
        assertThat(photo.kind()).isEqualTo(ChatMessage.Kind.PHOTO);
        assertThat(photo.plainText()).contains("02.06.2030 (вс)");
        assertThat(photo.buttons()).extracting(button -> button.text()).contains("📋 Списком");
    }

    @Test
    void aDateThatIsNoDateIsExplainedAndNothingIsSent() {
        List<ChatMessage> answers = bot.say(bot.manager, "/day 45.13");

        assertThat(answers).singleElement().satisfies(answer -> {
            assertThat(answer.kind()).isEqualTo(ChatMessage.Kind.TEXT);
            assertThat(answer.plainText()).contains("45.13", "не дата", "30.11");
        });
    }

    @Test
    void strangersGetNoPicture() {
        List<ChatMessage> answers = bot.say(bot.stranger, "/day");

        assertThat(answers).noneMatch(message -> message.kind() == ChatMessage.Kind.PHOTO);
    }
}
