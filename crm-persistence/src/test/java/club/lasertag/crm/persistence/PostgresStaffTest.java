package club.lasertag.crm.persistence;

import club.lasertag.crm.domain.port.out.Staff;
import club.lasertag.crm.persistence.testing.PostgresTestPorts;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresStaffTest extends StaffContract {

    @RegisterExtension
    static final PostgresTestPorts postgres = new PostgresTestPorts();

    @Override
    Staff staff() {
        return postgres.ports().staff();
    }
}
