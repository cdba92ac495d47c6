package club.lasertag.crm.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JdbcUrlsTest {

    @Test
    void hidesPasswordsInParametersAndUserInfo() {
        assertThat(JdbcUrls.redacted("jdbc:postgresql://h/db?user=u&password=secret"))
                .isEqualTo("jdbc:postgresql://h/db?user=u&password=***");
        assertThat(JdbcUrls.redacted("jdbc:postgresql://h:5432/db?password=secret&user=u&sslmode=require"))
                .isEqualTo("jdbc:postgresql://h:5432/db?password=***&user=u&sslmode=require");
        assertThat(JdbcUrls.redacted("jdbc:postgresql://h/db?user=u&PASSWORD=se%26cret&sslpassword=key;pwd=x"))
                .isEqualTo("jdbc:postgresql://h/db?user=u&PASSWORD=***&sslpassword=***;pwd=***");
        assertThat(JdbcUrls.redacted("jdbc:postgresql://u:secret@h/db")).isEqualTo("jdbc:postgresql://u:***@h/db");
        assertThat(JdbcUrls.redacted("jdbc:postgresql://u:s:e!cret@h:5432,h2:5433/db?user=u"))
                .isEqualTo("jdbc:postgresql://u:***@h:5432,h2:5433/db?user=u");
    }

    @Test
    void hidesThemInsideMessagesAndLeavesEverythingElse() {
        assertThat(JdbcUrls.redacted("Driver claims to not accept jdbcUrl, jdbc:postgresql://u:secret@h/db (a) and "
                + "jdbc:postgresql://h/db?password=secret2 (b)"))
                .isEqualTo("Driver claims to not accept jdbcUrl, jdbc:postgresql://u:***@h/db (a) and "
                        + "jdbc:postgresql://h/db?password=*** (b)")
                .doesNotContain("secret");
        assertThat(JdbcUrls.redacted("cannot be opened: u:secret@h")).isEqualTo("cannot be opened: u:***@h");
        assertThat(JdbcUrls.redacted("u:secret@h")).isEqualTo("u:***@h");
        assertThat(JdbcUrls.redacted("jdbc:postgresql://127.0.0.1:5432/crm?user=crm")).isEqualTo("jdbc:postgresql://127.0.0.1:5432/crm?user=crm");
        assertThat(JdbcUrls.redacted("jdbc:sqlite:data/crm.db")).isEqualTo("jdbc:sqlite:data/crm.db");
        assertThat(JdbcUrls.redacted("user@example.org: 12:30")).isEqualTo("user@example.org: 12:30");
        assertThat(JdbcUrls.redacted(null)).isNull();
    }

    @Test
    void dataSourcesNeverQuoteThePassword() {
        assertThatThrownBy(() -> DataSources.open("jdbc:mysql://u:secret@h/db?password=secret", null, null))
                .hasMessageContaining("jdbc:mysql://u:***@h/db?password=***").hasMessageNotContaining("secret");
    }
}
