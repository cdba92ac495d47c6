package club.lasertag.crm.telegram.staff;

import club.lasertag.crm.botapi.ChatMessage;
import club.lasertag.crm.telegram.testing.BotHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /backup}: the admin gets the SQLite database as a document that opens with every client; nobody else does. */
@ExtendWith(BotHarness.PerClass.class)
class BackupScenarioTest {

    private final BotHarness bot = BotHarness.sharedBy(this);

    @Test
    void theAdminGetsACopyOfTheDatabaseAsADocumentThatOpensWithEveryClient() throws Exception {
        bot.crm.client(club.lasertag.crm.domain.testing.ClientProfileBuilder.aClient().surname("Архивов").phone("+79990001122"));

        ChatMessage document = bot.sayOne(bot.admin, "/backup");

        assertThat(document.kind()).isEqualTo(ChatMessage.Kind.DOCUMENT);
        assertThat(document.attachment().fileName()).matches("lasertag-crm-\\d{4}-\\d{2}-\\d{2}-\\d{4}\\.db");
        assertThat(document.attachment().mimeType()).isEqualTo("application/vnd.sqlite3");
        byte[] bytes = document.attachment().bytes();
        assertThat(new String(Arrays.copyOf(bytes, 15), StandardCharsets.US_ASCII)).isEqualTo("SQLite format 3");
        assertThat(document.plainText()).contains("Копия базы данных");
        Path copy = Files.createTempFile("backup-scenario-", ".db");
        try {
            Files.write(copy, bytes);
            try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + copy);
                    Statement statement = db.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT surname FROM crm_clients WHERE phone = '+79990001122'")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("Архивов");
            }
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    @Test
    void aManagerIsRefused() {
        ChatMessage answer = bot.sayOne(bot.manager, "/backup");

        assertThat(answer.kind()).isNotEqualTo(ChatMessage.Kind.DOCUMENT);
        assertThat(answer.plainText()).contains("только для администратора");
    }
}
