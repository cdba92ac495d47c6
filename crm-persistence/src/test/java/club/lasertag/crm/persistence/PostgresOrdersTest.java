package club.lasertag.crm.persistence;

import club.lasertag.crm.domain.port.out.Clients;
import club.lasertag.crm.domain.port.out.Orders;
import club.lasertag.crm.persistence.testing.PostgresTestPorts;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresOrdersTest extends OrdersContract {

    @RegisterExtension
    static final PostgresTestPorts postgres = new PostgresTestPorts();

    @Override
    Orders orders() {
        return postgres.ports().orders();
    }

    @Override
    Clients clients() {
        return postgres.ports().clients();
    }
}
