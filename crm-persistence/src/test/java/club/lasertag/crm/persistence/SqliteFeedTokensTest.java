package club.lasertag.crm.persistence;

import club.lasertag.crm.domain.port.out.FeedTokens;
import club.lasertag.crm.persistence.testing.SqliteTestPorts;
import org.junit.jupiter.api.extension.RegisterExtension;

class SqliteFeedTokensTest extends FeedTokensContract {

    @RegisterExtension
    static final SqliteTestPorts sqlite = new SqliteTestPorts();

    @Override
    FeedTokens tokens() {
        return sqlite.ports().feedTokens();
    }
}
