package club.lasertag.crm.persistence;

import club.lasertag.crm.domain.port.out.SentBriefings;
import club.lasertag.crm.persistence.testing.SqliteTestPorts;
import org.junit.jupiter.api.extension.RegisterExtension;

class SqliteSentBriefingsTest extends SentBriefingsContract {

    @RegisterExtension
    static final SqliteTestPorts sqlite = new SqliteTestPorts();

    @Override
    SentBriefings sent() {
        return sqlite.ports().sentBriefings();
    }
}
