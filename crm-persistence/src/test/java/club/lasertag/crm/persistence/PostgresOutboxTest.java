package club.lasertag.crm.persistence;

import club.lasertag.crm.chat.outbox.Outbox;
import club.lasertag.crm.persistence.testing.PostgresTestPorts;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresOutboxTest extends OutboxContract {

    @RegisterExtension
    static final PostgresTestPorts postgres = new PostgresTestPorts();

    @Override
    Outbox outbox() {
        return postgres.ports().outbox();
    }
}
