package club.lasertag.crm.persistence;

import club.lasertag.crm.chat.updates.ProcessedUpdates;
import club.lasertag.crm.persistence.testing.PostgresTestPorts;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresProcessedUpdatesTest extends ProcessedUpdatesContract {

    @RegisterExtension
    static final PostgresTestPorts postgres = new PostgresTestPorts();

    @Override
    ProcessedUpdates processedUpdates() {
        return postgres.ports().processedUpdates();
    }
}
