package club.lasertag.crm.persistence;

import club.lasertag.crm.domain.port.out.Clients;
import club.lasertag.crm.persistence.testing.PostgresTestPorts;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresClientsTest extends ClientsContract {

    @RegisterExtension
    static final PostgresTestPorts postgres = new PostgresTestPorts();

    @Override
    Clients clients() {
        return postgres.ports().clients();
    }
}
