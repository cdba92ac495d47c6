package club.lasertag.crm.persistence;

import club.lasertag.crm.chat.updates.Inbox;
import club.lasertag.crm.persistence.testing.SqliteTestPorts;
import org.junit.jupiter.api.extension.RegisterExtension;

class SqliteInboxTest extends InboxContract {

    @RegisterExtension
    static final SqliteTestPorts sqlite = new SqliteTestPorts();

    @Override
    Inbox inbox() {
        return sqlite.ports().inbox();
    }
}
