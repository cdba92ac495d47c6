package club.lasertag.crm.persistence;

import club.lasertag.crm.domain.port.out.Clients;
import club.lasertag.crm.domain.port.out.ExportSource;
import club.lasertag.crm.domain.port.out.Orders;
import club.lasertag.crm.persistence.testing.SqliteTestPorts;
import org.junit.jupiter.api.extension.RegisterExtension;

class SqliteExportSourceTest extends ExportSourceContract {

    @RegisterExtension
    static final SqliteTestPorts sqlite = new SqliteTestPorts();

    @Override
    ExportSource source() {
        return sqlite.ports().exportSource();
    }

    @Override
    Clients clients() {
        return sqlite.ports().clients();
    }

    @Override
    Orders orders() {
        return sqlite.ports().orders();
    }
}
