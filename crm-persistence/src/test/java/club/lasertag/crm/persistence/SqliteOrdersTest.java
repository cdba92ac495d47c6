package club.lasertag.crm.persistence;

import club.lasertag.crm.domain.port.out.Clients;
import club.lasertag.crm.domain.port.out.Orders;
import club.lasertag.crm.persistence.testing.SqliteTestPorts;
import org.junit.jupiter.api.extension.RegisterExtension;

class SqliteOrdersTest extends OrdersContract {

    @RegisterExtension
    static final SqliteTestPorts sqlite = new SqliteTestPorts();

    @Override
    Orders orders() {
        return sqlite.ports().orders();
    }

    @Override
    Clients clients() {
        return sqlite.ports().clients();
    }
}
