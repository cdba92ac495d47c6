package club.lasertag.crm.persistence;

import club.lasertag.crm.domain.port.out.Clients;
import club.lasertag.crm.persistence.testing.SqliteTestPorts;
import org.junit.jupiter.api.extension.RegisterExtension;

class SqliteClientsTest extends ClientsContract {

    @RegisterExtension
    static final SqliteTestPorts sqlite = new SqliteTestPorts();

    @Override
    Clients clients() {
        return sqlite.ports().clients();
    }
}
