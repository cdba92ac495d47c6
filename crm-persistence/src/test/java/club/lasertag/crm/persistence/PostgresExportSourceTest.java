package club.lasertag.crm.persistence;

import club.lasertag.crm.domain.port.out.Clients;
import club.lasertag.crm.domain.port.out.ExportSource;
import club.lasertag.crm.domain.port.out.Orders;
import club.lasertag.crm.persistence.testing.PostgresTestPorts;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresExportSourceTest extends ExportSourceContract {

    @RegisterExtension
    static final PostgresTestPorts postgres = new PostgresTestPorts();

    @Override
    ExportSource source() {
        return postgres.ports().exportSource();
    }

    @Override
    Clients clients() {
        return postgres.ports().clients();
    }

    @Override
    Orders orders() {
        return postgres.ports().orders();
    }
}
