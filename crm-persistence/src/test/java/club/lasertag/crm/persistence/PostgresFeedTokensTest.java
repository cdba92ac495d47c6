package club.lasertag.crm.persistence;

import club.lasertag.crm.domain.port.out.FeedTokens;
import club.lasertag.crm.persistence.testing.PostgresTestPorts;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresFeedTokensTest extends FeedTokensContract {

    @RegisterExtension
    static final PostgresTestPorts postgres = new PostgresTestPorts();

    @Override
    FeedTokens tokens() {
        return postgres.ports().feedTokens();
    }
}
