package club.lasertag.crm.persistence;

import club.lasertag.crm.chat.outbox.Outbox;
import club.lasertag.crm.persistence.testing.SqliteTestPorts;
import org.junit.jupiter.api.extension.RegisterExtension;

class SqliteOutboxTest extends OutboxContract {

    @RegisterExtension
    static final SqliteTestPorts sqlite = new SqliteTestPorts();

    @Override
    Outbox outbox() {
        return sqlite.ports().outbox();
    }
}
