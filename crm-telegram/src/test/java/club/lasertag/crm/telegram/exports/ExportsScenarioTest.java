package club.lasertag.crm.telegram.exports;

import club.lasertag.crm.botapi.Attachment;
import club.lasertag.crm.botapi.ChatMessage;
import club.lasertag.crm.domain.client.Client;
import club.lasertag.crm.domain.order.Order;
import club.lasertag.crm.domain.order.OrderStatus;
import club.lasertag.crm.telegram.testing.BotHarness;
import club.lasertag.crm.telegram.testing.OrderFixtures;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static club.lasertag.crm.domain.testing.ClientProfileBuilder.aClient;
import static club.lasertag.crm.telegram.testing.OrderFixtures.labels;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code /export} end to end: the CSV arrives as a document (sendDocument through pengrad to the emulator). */
@ExtendWith(BotHarness.PerClass.class)
class ExportsScenarioTest {

    private final BotHarness bot = BotHarness.sharedBy(this);
    private final OrderFixtures data = new OrderFixtures(bot);

    @Test
    void theClientsArriveAsACsvDocument() throws Exception {
        Client hostile = bot.crm.client(aClient().surname("=Взлом").name("Анна, \"Аня\"").midname("")
                .phone("+79990000001").description("две\nстроки").leadSource("@инстаграм"));
        ChatMessage menu = bot.sayOne(bot.manager, "/export");
        assertThat(labels(menu)).containsExactly("👥 Клиенты", "📅 Брони: Июнь 2030", "📅 Брони: Май 2030",
                "📅 Брони за 2030 год");

        ChatMessage document = bot.press(bot.manager, menu, "👥 Клиенты");

        assertThat(document.kind()).isEqualTo(ChatMessage.Kind.DOCUMENT);
        Attachment file = document.attachment();
        assertThat(file.fileName()).isEqualTo("clients-2030-06-01.csv");
        assertThat(document.plainText()).contains("Клиенты", "Строк: 1");
        List<CSVRecord> rows = parse(file.bytes());
        assertThat(rows.get(0).toList()).startsWith("№", "Фамилия", "Имя", "Отчество", "Телефон");
        assertThat(rows.get(1).toList()).containsExactly(String.valueOf(hostile.id().value()), "'=Взлом",
                "Анна, \"Аня\"", "", "7 999 000-00-01", "", "две\nстроки", "'@инстаграм");
    }

    @Test
    void theOrdersOfAMonthWithTheirClients() throws Exception {
        Client ivanov = data.client("Иванов", "+79990000001");
        data.booked(ivanov, "2030-06-15", "15:00");
        Order cancelled = data.booked(ivanov, "2030-06-20", "12:00");
        bot.crm.bookingService.change(cancelled.requireId(), OrderStatus.CANCELLED, BotHarness.staffIdOf(bot.manager));
        data.booked(ivanov, "2030-07-02", "12:00");
        ChatMessage menu = bot.sayOne(bot.admin, "/export");

        ChatMessage document = bot.press(bot.admin, menu, "📅 Брони: Июнь 2030");

        assertThat(document.attachment().fileName()).isEqualTo("orders-2030-06-01_2030-06-30.csv");
        List<CSVRecord> rows = parse(document.attachment().bytes());
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).toList()).startsWith("1", "15.06.2030", "15:00", "60", "Арена");
        assertThat(rows.get(1).toList()).contains("Иванов Пётр Сергеевич", "7 999 000-00-01");
        assertThat(rows.get(2).toList()).contains("20.06.2030", "Отменена");
    }

    @Test
    void instructorsMayNotExport() {
        ChatMessage answer = bot.sayOne(bot.instructor, "/export");

        assertThat(answer.plainText()).contains("только для администратора и менеджеров");
        assertThat(answer.kind()).isEqualTo(ChatMessage.Kind.TEXT);
    }

    private static List<CSVRecord> parse(byte[] bytes) throws Exception {
        assertThat(bytes[0] & 0xFF).isEqualTo(0xEF);
        return CSVFormat.RFC4180.parse(new StringReader(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)))
                .getRecords();
    }
}
