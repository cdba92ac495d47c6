package club.lasertag.crm.persistence;

import club.lasertag.crm.chat.updates.Inbox;
import club.lasertag.crm.persistence.testing.PostgresTestPorts;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresInboxTest extends InboxContract {

    @RegisterExtension
    static final PostgresTestPorts postgres = new PostgresTestPorts();

    @Override
    Inbox inbox() {
        return postgres.ports().inbox();
    }
}
