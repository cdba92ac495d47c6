package club.lasertag.crm.persistence;

import club.lasertag.crm.domain.port.out.SentBriefings;
import club.lasertag.crm.persistence.testing.PostgresTestPorts;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresSentBriefingsTest extends SentBriefingsContract {

    @RegisterExtension
    static final PostgresTestPorts postgres = new PostgresTestPorts();

    @Override
    SentBriefings sent() {
        return postgres.ports().sentBriefings();
    }
}
