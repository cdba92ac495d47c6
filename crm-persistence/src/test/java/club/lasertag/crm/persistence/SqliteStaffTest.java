package club.lasertag.crm.persistence;

import club.lasertag.crm.domain.port.out.Staff;
import club.lasertag.crm.persistence.testing.SqliteTestPorts;
import org.junit.jupiter.api.extension.RegisterExtension;

class SqliteStaffTest extends StaffContract {

    @RegisterExtension
    static final SqliteTestPorts sqlite = new SqliteTestPorts();

    @Override
    Staff staff() {
        return sqlite.ports().staff();
    }
}
