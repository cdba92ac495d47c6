package club.lasertag.crm.persistence;

import club.lasertag.crm.chat.updates.ProcessedUpdates;
import club.lasertag.crm.persistence.testing.SqliteTestPorts;
import org.junit.jupiter.api.extension.RegisterExtension;

class SqliteProcessedUpdatesTest extends ProcessedUpdatesContract {

    @RegisterExtension
    static final SqliteTestPorts sqlite = new SqliteTestPorts();

    @Override
    ProcessedUpdates processedUpdates() {
        return sqlite.ports().processedUpdates();
    }
}
